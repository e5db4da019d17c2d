export { codeHits, rankResults, type SearchHit } from './rank-results';
export { runSearch, searchCodes, type SearchOutcome, type TextSearch } from './run-search';
export { situationHits, situationsForMessage, type SituationRef } from './situation-hits';
