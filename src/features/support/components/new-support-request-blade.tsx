import {
  Button,
  Dropdown,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { ACTIONS, isAllowed } from '@/contract/authorization';
import { Blade } from '@/components/blade/blade';
import { QueryError } from '@/components/feedback/query-error';
import { FormField } from '@/components/form/form-field';
import {
  DESCRIPTION_MIN,
  formFromQuery,
  PROBLEM_TYPE_OPTIONS,
  supportFormProblems,
  TITLE_MAX,
  titleLength,
  type SupportForm,
  type SupportFormProblem,
} from '@/features/support/api/support-form';
import { useCreateSupportTicket } from '@/features/support/api/create-support-ticket';
import { SubscriptionPicker } from '@/features/support/components/subscription-picker';
import { supportMessages } from '@/features/support/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { useSingleFlight } from '@/lib/use-single-flight';
import { permissionsQueryOptions } from '@/lib/api/get-permissions';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '640px',
  },
  intro: {
    margin: `0 0 ${tokens.spacingVerticalL}`,
    color: tokens.colorNeutralForeground2,
    maxWidth: '640px',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** `/support/new`: a validated request, prefilled by every "Contact support" link (R13). */
export function NewSupportRequestBlade() {
  const styles = useStyles();
  const t = useMessages(supportMessages);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState<SupportForm>(() => formFromQuery(params));
  const [showAll, setShowAll] = useState(false);
  const [touched, setTouched] = useState<Partial<Record<keyof SupportForm, boolean>>>({});
  // One name per form: a retry after a lost answer re-sends the same PUT (R14).
  const [ticketName] = useState(() => crypto.randomUUID());
  const create = useCreateSupportTicket(() => navigate(paths.support.getHref()));
  const permissions = useQuery({
    ...permissionsQueryOptions(form.subscriptionId ?? ''),
    enabled: Boolean(form.subscriptionId),
  });
  const denied =
    permissions.data !== undefined && !isAllowed(permissions.data, ACTIONS.supportTicketWrite);

  const problems = supportFormProblems(form);
  const shown = (field: keyof SupportForm) => showAll || touched[field] === true;
  const problemIn = (field: keyof SupportForm, ...kinds: SupportFormProblem[]) =>
    shown(field) ? kinds.find((kind) => problems.includes(kind)) : undefined;
  const messageFor = (problem: SupportFormProblem | undefined): string | undefined => {
    switch (problem) {
      case 'subscription':
        return t.subscriptionRequired;
      case 'problemType':
        return t.problemTypeRequired;
      case 'titleEmpty':
        return t.titleRequired;
      case 'titleTooLong':
        return t.titleTooLong(TITLE_MAX);
      case 'descriptionTooShort':
        return t.descriptionTooShort(DESCRIPTION_MIN);
      default:
        return undefined;
    }
  };
  const subscriptionError = messageFor(problemIn('subscriptionId', 'subscription'));
  const problemTypeError = messageFor(problemIn('problemType', 'problemType'));
  const titleError = messageFor(problemIn('title', 'titleEmpty', 'titleTooLong'));
  const descriptionError = messageFor(problemIn('description', 'descriptionTooShort'));
  const touch = (field: keyof SupportForm) =>
    setTouched((current) => ({ ...current, [field]: true }));
  const update = (change: Partial<SupportForm>) =>
    setForm((current) => ({ ...current, ...change }));

  const send = useSingleFlight(() => {
    if (problems.length > 0 || denied || !form.subscriptionId || !form.problemType) return;
    return create.mutateAsync({
      subscriptionId: form.subscriptionId,
      name: ticketName,
      body: {
        properties: {
          title: form.title.trim(),
          description: form.description.trim(),
          problemType: form.problemType,
          severity: 'minimal',
        },
      },
    });
  });
  const submit = () => {
    setShowAll(true);
    send();
  };

  return (
    <Blade
      title={t.newTitle}
      crumbs={[
        { label: t.title, to: paths.support.getHref() },
        { label: t.newTitle, to: paths.newSupportRequest.getHref() },
      ]}
    >
      <p className={styles.intro}>{t.formIntro}</p>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <SubscriptionPicker
          value={form.subscriptionId}
          onChange={(subscriptionId) => update({ subscriptionId })}
          onBlur={() => touch('subscriptionId')}
          error={subscriptionError ?? (denied ? t.notAllowed : undefined)}
        />
        <FormField
          error={problemTypeError}
          label={t.problemType}
          required
          hint={form.problemType === 'subscription-reactivation' ? t.reactivationHint : undefined}
        >
          <Dropdown
            placeholder={t.problemTypePlaceholder}
            value={form.problemType ? t.problemTypes[form.problemType] : ''}
            selectedOptions={form.problemType ? [form.problemType] : []}
            onOptionSelect={(_event, data) => {
              const problemType = PROBLEM_TYPE_OPTIONS.find((value) => value === data.optionValue);
              if (problemType) update({ problemType });
            }}
            onBlur={() => touch('problemType')}
          >
            {PROBLEM_TYPE_OPTIONS.map((value) => (
              <Option key={value} value={value}>
                {t.problemTypes[value]}
              </Option>
            ))}
          </Dropdown>
        </FormField>
        <FormField
          error={titleError}
          label={t.requestTitle}
          required
          hint={t.titleCount(titleLength(form.title), TITLE_MAX)}
        >
          <Input
            value={form.title}
            onChange={(_event, data) => update({ title: data.value })}
            onBlur={() => touch('title')}
          />
        </FormField>
        <FormField
          error={descriptionError}
          label={t.description}
          required
          hint={t.descriptionHint(DESCRIPTION_MIN)}
        >
          <Textarea
            value={form.description}
            rows={5}
            resize="vertical"
            onChange={(_event, data) => update({ description: data.value })}
            onBlur={() => touch('description')}
          />
        </FormField>
        {showAll && problems.length > 0 && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{t.fixErrors}</MessageBarBody>
          </MessageBar>
        )}
        {create.error && <QueryError error={create.error} onRetry={submit} />}
        <div className={styles.actions}>
          <Button
            type="submit"
            appearance="primary"
            disabled={create.isPending || denied}
            icon={create.isPending ? <Spinner size="tiny" /> : undefined}
          >
            {t.submit}
          </Button>
          <Button onClick={() => navigate(paths.support.getHref())}>{t.cancel}</Button>
        </div>
      </form>
    </Blade>
  );
}
