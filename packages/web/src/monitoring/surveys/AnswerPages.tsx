import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { post } from '../../api';
import { useApi } from '../../useApi';
import { ErrorMessage, Loading } from '../../layout/common';
import { LanguageSwitcher } from '../../layout/LanguageSwitcher';
import { SurveyAnswerForm, useText, type SurveyForm } from './SurveyForm';

/** A signed-in member answers a survey they are invited to. */
export function AnswerPage() {
  const { workspaceId = '', surveyId = '' } = useParams();
  const base = `/workspaces/${workspaceId}/surveys/${surveyId}`;
  const form = useApi<SurveyForm>(`${base}/form`);
  const text = useText();
  if (form.error) return <ErrorMessage error={form.error} />;
  if (!form.data) return <Loading />;
  return (
    <section aria-labelledby="answer-title">
      <h1 id="answer-title">{text(form.data.title)}</h1>
      <SurveyAnswerForm
        survey={form.data}
        onSubmit={async (answers) => void (await post(`${base}/responses`, { answers }))}
      />
    </section>
  );
}

/** Anyone with a personal link answers without an account. */
export function PublicSurveyPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const form = useApi<SurveyForm>(`/survey-links/${token}`);
  const text = useText();
  return (
    <main id="main" className="auth-page">
      <LanguageSwitcher />
      <h1>{form.data ? text(form.data.title) : t('surveys.answer.title')}</h1>
      <ErrorMessage error={form.error} />
      {!form.data && !form.error && <Loading />}
      {form.data && (
        <SurveyAnswerForm
          survey={form.data}
          onSubmit={async (answers) => void (await post(`/survey-links/${token}/responses`, { answers }))}
        />
      )}
    </main>
  );
}
