import { Combobox, Option } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryError } from '@/components/feedback/query-error';
import { FormField } from '@/components/form/form-field';
import { supportMessages } from '@/features/support/messages';
import { useMessages } from '@/lib/i18n/locale-provider';
import { subscriptionsQueryOptions } from '@/lib/api/get-subscriptions';

/** A tenant can hold thousands of subscriptions: the list shows this many matches of what is typed. */
const MAX_OPTIONS = 50;

export interface SubscriptionPickerProps {
  value: string | null;
  onChange: (subscriptionId: string | null) => void;
  onBlur: () => void;
  error: string | undefined;
}

/** Every subscription the user can see, cancelled ones included: a reactivation request is about one of those. */
export function SubscriptionPicker({ value, onChange, onBlur, error }: SubscriptionPickerProps) {
  const t = useMessages(supportMessages);
  const subscriptions = useQuery(subscriptionsQueryOptions());
  const all = subscriptions.data ?? [];
  const selected = all.find((s) => s.subscriptionId.toLowerCase() === value?.toLowerCase());
  const [query, setQuery] = useState<string | null>(null);
  const text = query ?? selected?.displayName ?? '';
  const needle = (query ?? '').trim().toLowerCase();
  const matches = all.filter(
    (s) =>
      needle === '' ||
      s.displayName.toLowerCase().includes(needle) ||
      s.subscriptionId.includes(needle),
  );
  if (subscriptions.error)
    return <QueryError error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />;
  return (
    <FormField
      error={error}
      label={t.subscription}
      required
      hint={matches.length > MAX_OPTIONS ? t.moreMatches(MAX_OPTIONS) : undefined}
    >
      <Combobox
        placeholder={t.subscriptionPlaceholder}
        // Fluent names the chevron "Open" in English whatever the language.
        expandIcon={{ 'aria-label': t.openSubscriptions }}
        value={text}
        selectedOptions={selected ? [selected.subscriptionId] : []}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_event, data) => {
          setQuery(null);
          onChange(data.optionValue ?? null);
        }}
        onBlur={() => {
          setQuery(null);
          onBlur();
        }}
      >
        {matches.length === 0 && (
          <Option disabled value="" text={t.noMatch}>
            {t.noMatch}
          </Option>
        )}
        {matches.slice(0, MAX_OPTIONS).map((s) => (
          <Option key={s.subscriptionId} value={s.subscriptionId} text={s.displayName}>
            {s.displayName}
          </Option>
        ))}
      </Combobox>
    </FormField>
  );
}
