import {
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { GenericResource, ResourceGroup } from '@/contract/resources';
import { moveMessages } from '@/features/move-resources/messages';
import { useMessages } from '@/lib/i18n/locale-provider';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  wrap: { overflowX: 'auto' },
  check: { width: '44px' },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export interface SourcePickerProps {
  groups: ResourceGroup[];
  group: string | null;
  onGroupChange: (group: string) => void;
  resources: GenericResource[];
  selected: ReadonlySet<string>;
  onSelectedChange: (selected: Set<string>) => void;
}

/** One source group, then which of its resources move (ARM moves from one group at a time). */
export function SourcePicker({
  groups,
  group,
  onGroupChange,
  resources,
  selected,
  onSelectedChange,
}: SourcePickerProps) {
  const styles = useStyles();
  const t = useMessages(moveMessages);
  const all = resources.length > 0 && resources.every((r) => selected.has(r.id));
  const some = resources.some((r) => selected.has(r.id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelectedChange(next);
  };
  if (groups.length === 0) return <p className={styles.muted}>{t.noGroups}</p>;
  return (
    <div className={styles.root}>
      <Field label={t.sourceGroup} required>
        <Dropdown
          placeholder={t.sourceGroupPlaceholder}
          value={group ?? ''}
          selectedOptions={group ? [group] : []}
          onOptionSelect={(_event, data) => {
            if (data.optionValue) onGroupChange(data.optionValue);
          }}
        >
          {groups.map((g) => (
            <Option key={g.name} value={g.name}>
              {g.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {group && resources.length === 0 && <p className={styles.muted}>{t.noResources}</p>}
      {resources.length > 0 && (
        <div className={styles.wrap}>
          <Table size="small" aria-label={t.source}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.check}>
                  <Checkbox
                    aria-label={t.selectAll}
                    checked={all ? true : some ? 'mixed' : false}
                    onChange={(_event, data) =>
                      onSelectedChange(
                        new Set(data.checked === true ? resources.map((r) => r.id) : []),
                      )
                    }
                  />
                </TableHeaderCell>
                <TableHeaderCell>{t.name}</TableHeaderCell>
                <TableHeaderCell>{t.type}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {resources.map((resource) => (
                <TableRow key={resource.id}>
                  <TableCell>
                    <Checkbox
                      aria-label={t.selectResource(resource.name)}
                      checked={selected.has(resource.id)}
                      onChange={(_event, data) => toggle(resource.id, data.checked === true)}
                    />
                  </TableCell>
                  <TableCell>{resource.name}</TableCell>
                  <TableCell>{t.type_[resource.type]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
