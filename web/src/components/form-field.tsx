/**
 * The form controls every studio uses, in the story studio's look: a label above the control, a
 * hint and a problem under it, each tied to the control for screen readers, and a control at
 * least 44 px tall (WCAG 2.5.5) at any width. A page passes the control's own attributes through.
 */
import { useId, type ComponentProps, type ReactNode } from 'react';

interface FieldProps {
  label: ReactNode;
  /** A line of help under the control. */
  hint?: ReactNode;
  /** What is wrong with the value, shown in the danger colour and announced with the control. */
  problem?: string;
  /** `form-field--narrow` for a number or a short choice. */
  className?: string;
  /** The control's id, where the page moves focus to it (a problem found before sending); a generated one otherwise. */
  id?: string;
  /** Buttons that act on the value (Copy, Apply, Add), on the control's row; under it on a phone. */
  actions?: ReactNode;
  /** For a control whose purpose its row already shows: the label is read out but not drawn. */
  hideLabel?: boolean;
  /** The id of a text elsewhere on the page that also describes the control (a card's introduction). */
  describedBy?: string;
}

type ControlIds = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true };

function Field({ label, hint, problem, className, id: given, actions, hideLabel, describedBy, render }: FieldProps & { render(ids: ControlIds): ReactNode }) {
  const generated = useId();
  const id = given ?? generated;
  const described = [describedBy ?? '', hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  const control = render({ id, 'aria-describedby': described || undefined, 'aria-invalid': problem ? true : undefined });
  return (
    <div className={['form-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>{label}</label>
      {actions ? <div className="form-field__row">{control}{actions}</div> : control}
      {hint ? <p className="hint" id={`${id}-hint`}>{hint}</p> : null}
      {problem ? <p className="field-error" id={`${id}-problem`}>{problem}</p> : null}
    </div>
  );
}

/** A text, number or search input with its label. */
export function InputField({ label, hint, problem, className, id, actions, hideLabel, describedBy, ...input }: FieldProps & Omit<ComponentProps<'input'>, 'id'>) {
  return <Field label={label} hint={hint} problem={problem} className={className} id={id} actions={actions} hideLabel={hideLabel} describedBy={describedBy} render={(ids) => <input className="form-control" {...input} {...ids} />} />;
}

/** A drop-down list with its label; the options are its children. */
export function SelectField({ label, hint, problem, className, id, actions, hideLabel, describedBy, children, ...select }: FieldProps & Omit<ComponentProps<'select'>, 'id'>) {
  return (
    <Field label={label} hint={hint} problem={problem} className={className} id={id} actions={actions} hideLabel={hideLabel} describedBy={describedBy}
      render={(ids) => <select className="form-control" {...select} {...ids}>{children}</select>} />
  );
}

/** A text of several lines with its label. */
export function TextAreaField({ label, hint, problem, className, id, actions, hideLabel, describedBy, ...textarea }: FieldProps & Omit<ComponentProps<'textarea'>, 'id'>) {
  return <Field label={label} hint={hint} problem={problem} className={className} id={id} actions={actions} hideLabel={hideLabel} describedBy={describedBy} render={(ids) => <textarea className="form-control" {...textarea} {...ids} />} />;
}

/** A file picker with its label: the browser's own button, framed and as tall as the other controls. */
export function FileField({ label, hint, problem, className, id, actions, hideLabel, describedBy, ...input }: FieldProps & Omit<ComponentProps<'input'>, 'id' | 'type'>) {
  return <Field label={label} hint={hint} problem={problem} className={className} id={id} actions={actions} hideLabel={hideLabel} describedBy={describedBy} render={(ids) => <input type="file" className="form-control form-control--file" {...input} {...ids} />} />;
}
