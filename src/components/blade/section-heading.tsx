import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

// The heading of a section inside a blade (Essentials, Source, Invoices…): one size and weight, so
// every blade's sections read alike, as in the portal.

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
});

export interface SectionHeadingProps {
  /** h2 for a blade's sections, h3 for the parts of one. */
  as?: 'h2' | 'h3';
  id?: string;
  className?: string;
  children: ReactNode;
}

export function SectionHeading({ as: Tag = 'h2', id, className, children }: SectionHeadingProps) {
  const styles = useStyles();
  return (
    <Tag id={id} className={mergeClasses(styles.heading, className)}>
      {children}
    </Tag>
  );
}
