// The dashboard home's read model: figures that span jobs, leads and credits.
export { getHomeStats, COUNT_CAP, type HomeStats } from "./home-stats";
