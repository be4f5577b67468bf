// A member unit (đơn vị) of a cluster or block.

export interface Unit {
  /** Short unique code, e.g. "SNV". */
  code: string;
  name: string;
  /** Cluster or block label (cụm/khối); ranking runs inside each label. */
  cluster: string;
  /** Preferred in a tie (e.g. Decree 152/2025 Art. 4(6): women ≥ 70 % of staff). */
  priority: boolean;
  /** Pending discipline or investigation: never graded above HTNV, never proposed. */
  disqualified: boolean;
}
