import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, put } from '../api';
import { formatDateTime } from '../i18n';
import type { KeyQuestionState } from './types';
import { SourceNote } from '../layout/sources';

export function KeyQuestionItem({
  workspaceId,
  question,
  canEdit,
  onSaved,
}: {
  workspaceId: string;
  question: KeyQuestionState;
  canEdit: boolean;
  onSaved(): void;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [checked, setChecked] = useState(question.checked);
  const [answer, setAnswer] = useState(question.answer);
  const [evidence, setEvidence] = useState(question.evidence);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const inputId = `kq-${question.id}`;

  const save = async () => {
    setError(null);
    try {
      await put(`/workspaces/${workspaceId}/lifecycle/key-questions/${question.id}`, {
        checked,
        answer,
        evidence,
      });
      setSaved(true);
      setOpen(false);
      onSaved();
    } catch (e) {
      setError(
        e instanceof ApiError && e.code === 'evidence_required'
          ? t('lifecycle.evidenceRequired')
          : String((e as Error).message),
      );
    }
  };

  return (
    <li className={`kq ${question.checked ? 'done' : ''}`}>
      <div className="kq-head">
        <input
          type="checkbox"
          id={inputId}
          checked={checked}
          disabled={!canEdit}
          onChange={(e) => {
            setChecked(e.target.checked);
            setSaved(false);
            setOpen(true);
          }}
        />
        <label htmlFor={inputId}>
          <span className="kq-number">({question.number})</span>{' '}
          {t(`kq.${question.id}`, { defaultValue: question.text })}
        </label>
        <button
          type="button"
          className="link"
          aria-expanded={open}
          aria-controls={`${inputId}-details`}
          onClick={() => setOpen(!open)}
        >
          {open ? t('common.hide') : t('lifecycle.answerAndEvidence')}
        </button>
      </div>
      {!open && (question.answer || question.evidence) && (
        <p className="kq-summary small">
          {question.answer}
          {question.evidence && (
            <>
              {' '}
              <strong>{t('lifecycle.evidence')}:</strong> {question.evidence}
            </>
          )}
          {question.updatedAt && (
            <span className="muted">
              {' '}
              — {question.updatedBy}, {formatDateTime(question.updatedAt, i18n.language)}
            </span>
          )}
        </p>
      )}
      {saved && !open && (
        <p role="status" className="small ok">
          {t('common.saved')}
        </p>
      )}
      {open && (
        <div id={`${inputId}-details`} className="kq-details">
          <label>
            {t('lifecycle.answer')}
            <textarea
              value={answer}
              disabled={!canEdit}
              onChange={(e) => setAnswer(e.target.value)}
              rows={2}
            />
          </label>
          <label>
            {t('lifecycle.evidence')}
            <textarea
              value={evidence}
              disabled={!canEdit}
              onChange={(e) => setEvidence(e.target.value)}
              rows={2}
            />
          </label>
          <SourceNote source={question.source} />
          {error && (
            <p role="alert" className="alert">
              {error}
            </p>
          )}
          {canEdit && (
            <button type="button" onClick={save}>
              {t('common.save')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
