/**
 * Starts a job of an installed pipeline from its input written as JSON. It is the general way in
 * for any pipeline the server offers; the input fields are listed beside it from the pipeline's schema.
 */
import { useState, type FormEvent } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import type { PipelineSummary } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { TextAreaField } from '../components/form-field.tsx';
import { navigate } from '../router.tsx';
import { describeInputFields, exampleInput } from './describe-input-schema.ts';

export function StartJobForm({ pipeline }: { pipeline: PipelineSummary }) {
  const [text, setText] = useState(() => JSON.stringify(exampleInput(pipeline.inputSchema), null, 2));
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const fields = describeInputFields(pipeline.inputSchema);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setError(undefined);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      setProblem('The input is not valid JSON. Check for a missing quote, comma or bracket.');
      return;
    }
    setBusy(true);
    try {
      const job = await kilnApi.createJob(pipeline.id, input);
      navigate(`/jobs/${encodeURIComponent(job.id)}`);
    } catch (reason) {
      setError(asApiError(reason));
      setBusy(false);
    }
  }

  return (
    <form className="card start-form" onSubmit={submit}>
      <h2>Start a job</h2>
      {fields.length > 0 ? (
        <dl className="field-list">
          {fields.map((field) => (
            <div key={field.name}>
              <dt>
                <code>{field.name}</code> <span className="muted">{field.type}{field.required ? ', required' : ', optional'}</span>
              </dt>
              {field.description ? <dd>{field.description}</dd> : null}
            </div>
          ))}
        </dl>
      ) : null}
      <TextAreaField
        label="Input (JSON)"
        hint="The server checks the input and says what to change if it does not fit."
        className="form-field--code"
        rows={Math.min(16, Math.max(5, text.split('\n').length + 1))}
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div aria-live="polite">
        {problem ? <p className="notice notice--error">{problem}</p> : null}
        {error ? <ApiErrorMessage error={error} action="The job was not started" /> : null}
      </div>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Starting…' : 'Start'}
      </button>
    </form>
  );
}
