import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { correctionKeys, listCorrections, type CorrectionFilter } from '../../../lib/api/corrections';

export function useCorrections(filter: CorrectionFilter) {
  return useQuery({ queryKey: correctionKeys.list(filter), queryFn: () => listCorrections(filter), placeholderData: keepPreviousData });
}
