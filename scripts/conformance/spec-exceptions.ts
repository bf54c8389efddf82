// Known defects of the official REST specs the conformance test validates against
// (scripts/conformance/specs): findings the real Azure Resource Manager would produce too, so the
// mock keeps ARM's behaviour and the test lets them pass. Each entry says what the spec gets wrong
// and why we know: the evidence, in words. docs/contract.md §1 "Conformance with Azure's REST
// specs" lists the same entries with their public references.

export interface SpecException {
  /** The spec operation whose description is wrong. */
  operationId: string;
  /** oav's finding code. */
  code: string;
  /** Where in the response the finding points (JSON path, as oav reports it). */
  jsonPath: string;
  /** What the spec gets wrong. */
  defect: string;
  /** Why we hold it is the spec that is wrong, not the mock. */
  evidence: string;
}

const NEXT_LINK_EVIDENCE =
  'ARM leaves nextLink out of the last page of every list, and an SDK that follows the spec stops ' +
  'paging when it is absent. The hand-written swagger marks it required; the TypeSpec-generated ' +
  'successor of the same api-version in the same repository makes it optional, and the defect is ' +
  'reported in the specs repository’s issue tracker.';

export const SPEC_EXCEPTIONS: readonly SpecException[] = [
  {
    operationId: 'Subscriptions_List',
    code: 'OBJECT_MISSING_REQUIRED_PROPERTY',
    jsonPath: '$.nextLink',
    defect: 'SubscriptionListResult marks nextLink required.',
    evidence: NEXT_LINK_EVIDENCE,
  },
  {
    operationId: 'Tenants_List',
    code: 'OBJECT_MISSING_REQUIRED_PROPERTY',
    jsonPath: '$.nextLink',
    defect: 'TenantListResult marks nextLink required.',
    evidence: NEXT_LINK_EVIDENCE,
  },
];

/** The exception that covers a finding, if any. */
export function exceptionFor(
  operationId: string | undefined,
  finding: { code: string; jsonPathsInPayload?: readonly string[] },
): SpecException | undefined {
  return SPEC_EXCEPTIONS.find(
    (e) =>
      e.operationId === operationId &&
      e.code === finding.code &&
      (finding.jsonPathsInPayload ?? []).includes(e.jsonPath),
  );
}
