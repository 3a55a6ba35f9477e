/** A progress bar screen readers announce: role=progressbar with the value in percent. */
export interface ProgressBarProps {
  /** 0..1 */
  value: number;
  /** What is progressing, read out by screen readers, e.g. "Job progress". */
  label: string;
  /** Tints the bar by outcome so a failed job does not look like a healthy one. */
  tone?: 'active' | 'done' | 'failed' | 'idle';
  id?: string;
}

export function ProgressBar({ value, label, tone = 'active', id }: ProgressBarProps) {
  const percent = Math.round(Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0)) * 100);
  return (
    <div
      id={id}
      className={`progress progress--${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
    >
      <div className="progress__fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
