import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../api';

/** Asks why before any move: every change of stage, phase or step keeps its reason. */
export function TransitionForm({
  workspaceId,
  field,
  to,
  label,
  onDone,
  onCancel,
}: {
  workspaceId: string;
  field: 'stage' | 'unido_phase' | 'blueprint_step';
  to: string | number | null;
  label: string;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="panel confirm"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!reason.trim()) return setError(t('lifecycle.reasonRequired'));
        try {
          await post(`/workspaces/${workspaceId}/lifecycle/transitions`, { field, to, reason });
          onDone();
        } catch (err) {
          setError((err as Error).message);
        }
      }}
    >
      <p>
        <strong>{label}</strong>
      </p>
      <label>
        {t('lifecycle.reason')}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required />
      </label>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit">{t('lifecycle.confirmMove')}</button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
