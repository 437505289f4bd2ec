// The follow-up engine: what Ajar reminds the user to do, and when (see shared/design/advice.md).
export { promptKey } from './prompt-key';
export { planApplication, type ApplicationInput } from './plan-application';
export { finalizePrompt } from './finalize';
export { planPipeline } from './pipeline';
export { planAll, type PlanData, type PlannedLine } from './plan-all';
export { isActionable, type PlannedPrompt } from './planned-prompt';
export { OPEN_SEARCH, SEARCH_STAGES, searchStateOf, affectedBySearchChange, type SearchState } from './search-state';
export { pipelineRests } from './rules/pipeline-rest';
