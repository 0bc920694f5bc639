import { serverData } from '$lib/server/serverDb';

export const load = async () => {
  const { dataset } = await serverData();
  return { dataUrl: `/api/data/${dataset.key}.csv` };
};
