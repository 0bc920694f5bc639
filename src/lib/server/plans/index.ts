// Plans, targets and reports in the store (issue 6). app.ts seeds the four seed plans on first start.
export { seedPlansIfEmpty } from './seedPlans';
