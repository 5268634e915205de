export async function surveyRoutes() {}
