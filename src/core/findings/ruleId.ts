// Every rule id a finding may carry, one union assembled from one registry per area, so that a misspelt or renamed
// rule is a type error instead of a finding silently dropped by whoever filters on it.

import { FAIRNESS_RULES } from "../fairness/fairnessRules";
import { PERIOD_RULES } from "../periods/periodRules";
import { PROVINCE_RULES } from "../province/provinceRules";
import { VOTING_RULES } from "../voting/votingRules";
import { RANKING_RULES } from "../ranking/rankingRules";
import { CRITERIA_TABLE_RULES, TEMPLATE_RULES } from "../template/templateRules";
import { VALIDATION_RULES } from "../validation/validationRules";

/** What a registry may say of a rule besides its id. */
export interface RuleTraits {
  /** Its findings change who is proposed for an award (ranking, grades, the awards themselves). */
  bearsOnAwards?: boolean;
}

/** A registry entry: the rule's id, or its id with traits. */
export type RuleEntry = string | ({ readonly id: string } & RuleTraits);

/** A registry: entries by the name code uses for them (`RANKING_RULES.rankTieUnresolved`). */
export type RuleRegistry = Readonly<Record<string, RuleEntry>>;

type EntryId<E> = E extends { readonly id: infer I } ? I : E;

/** The ids a registry holds. */
export type RuleIdOf<R> = { [K in keyof R]: EntryId<R[K]> }[keyof R];

/** Core's registries by area. A new area of core adds its registry here. */
export const CORE_RULE_REGISTRIES = {
  validation: VALIDATION_RULES,
  ranking: RANKING_RULES,
  fairness: FAIRNESS_RULES,
  periods: PERIOD_RULES,
  template: TEMPLATE_RULES,
  criteriaTable: CRITERIA_TABLE_RULES,
  province: PROVINCE_RULES,
  voting: VOTING_RULES,
} as const satisfies Record<string, RuleRegistry>;

type CoreRuleRegistries = typeof CORE_RULE_REGISTRIES;

/**
 * Every registry by area: core's, and those of the outer layers (workbook, forms, the command line), which add
 * theirs from their own module so that core never imports them:
 *
 *     declare module "../../core/findings/ruleId" {
 *       interface RuleRegistries { forms: typeof FORM_RULES }
 *     }
 *
 * A registry is a constant object (`as const`) whose values are ids ("form.unknown-id") or entries with traits.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging, see above
export interface RuleRegistries extends CoreRuleRegistries {}

/** Every rule id of every registry. */
export type RuleId = { [Area in keyof RuleRegistries]: RuleIdOf<RuleRegistries[Area]> }[keyof RuleRegistries];

/** The id of a registry entry. */
export function ruleId<E extends RuleEntry>(entry: E): EntryId<E> {
  return (typeof entry === "string" ? entry : entry.id) as EntryId<E>;
}
