import { aRegion, aReport } from '../testing/report-fixture';
import { statisticsCsv, statisticsCsvFileName } from './statistics-csv';

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('the statistics CSV', () => {
  it('is UTF-8 with a byte-order mark, CRLF lines, the period and region first', () => {
    const csv = statisticsCsv(aReport(), null);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).not.toMatch(/[^\r]\n/);
    expect(lines(csv).slice(0, 3)).toEqual([
      'Restorative Opportunities: de-identified statistics / Possibilités de justice réparatrice : statistiques dépersonnalisées',
      'Period / Période,2026-04-01,2026-11-30',
      'Region / Région,All regions / Toutes les régions',
    ]);
  });

  it('has one section per table: bilingual headers, the dimension values, the count, the totals', () => {
    const all = lines(statisticsCsv(aReport(), null));
    const at = all.indexOf('"Referral decisions, by outcome / Décisions sur les renvois, par résultat"');
    expect(all.slice(at, at + 6)).toEqual([
      '"Referral decisions, by outcome / Décisions sur les renvois, par résultat"',
      'Outcome / Résultat,Count / Nombre',
      'Accepted / Accepté,20',
      'Declined / Refusé,suppressed / supprimé',
      'Withdrawn / Retiré,suppressed / supprimé',
      'Total / Total,31',
    ]);
    expect(all[at + 6]).toBe('');
  });

  it('lists a two-dimension table cell by cell, with row and column totals', () => {
    const all = lines(statisticsCsv(aReport(), null));
    const at = all.indexOf('"Withdrawals and rejoins, by side / Retraits et retours, par partie"');
    expect(all.slice(at, at + 12)).toEqual([
      '"Withdrawals and rejoins, by side / Retraits et retours, par partie"',
      'Change / Changement,Side / Partie,Count / Nombre',
      "Withdrawal / Retrait,Harmed person's side / Partie de la personne lésée,suppressed / supprimé",
      'Withdrawal / Retrait,Offender / Délinquant,suppressed / supprimé',
      'Withdrawal / Retrait,Total / Total,suppressed / supprimé',
      "Rejoining / Retour,Harmed person's side / Partie de la personne lésée,0",
      'Rejoining / Retour,Offender / Délinquant,0',
      'Rejoining / Retour,Total / Total,0',
      "Total / Total,Harmed person's side / Partie de la personne lésée,suppressed / supprimé",
      'Total / Total,Offender / Délinquant,suppressed / supprimé',
      'Total / Total,Total / Total,suppressed / supprimé',
      '',
    ]);
    expect(all).toContain('Harmed person / Personne lésée,No channel / Aucun moyen,0');
    expect(all).toContain('Total / Total,No channel / Aucun moyen,55');
    expect(all.filter((l) => l.startsWith('Letter / Lettre,'))).toHaveLength(7);
  });

  it('has every table, no code and no suppressed number', () => {
    const report = aReport();
    const csv = statisticsCsv(report, null);
    const all = lines(csv);
    const titles = all.filter((_, i) => i > 0 && all[i - 1] === '' && all[i + 1]?.endsWith(',Count / Nombre'));
    expect(titles).toHaveLength(report.tables.length);
    expect(titles).toContain('Messages by kind and state / Messages par type et par état');
    expect(titles).toContain('"Face-to-face meetings, by state / Rencontres en personne, par état"');
    expect(titles.at(-1)).toBe('Feedback: “I felt safe taking part” / Rétroaction : « Je me suis senti en sécurité en participant »');
    expect(csv).not.toMatch(/HARMED_PERSON|COLLECT_CALL|ENDED_BY_PARTICIPANT|referralsBy|null|undefined/);
  });

  it('ends with the durations (days with one decimal, "not shown" under 5) and the suppression rule in both languages', () => {
    const all = lines(statisticsCsv(aReport(), null));
    const at = all.indexOf('Time taken / Délais');
    expect(all.slice(at, at + 9)).toEqual([
      'Time taken / Délais',
      'Step / Étape,Number in the group / Nombre dans le groupe,Median (days) / Médiane (jours),90th percentile (days) / 90e centile (jours)',
      "From referral to the start of the assessment / Du renvoi au début de l'évaluation,30,12.5,40.0",
      'From referral to the decision / Du renvoi à la décision,28,45.2,120.7',
      "From recording a message to its delivery / De la consignation d'un message à sa remise,suppressed / supprimé,not shown: fewer than 5 / non affiché : moins de 5,not shown: fewer than 5 / non affiché : moins de 5",
      '',
      '"Suppressed: counts from 1 to 4 are not shown, nor the counts that would let someone work them out, so that no one can be identified."',
      '"Supprimé : les nombres de 1 à 4 ne sont pas affichés, ni les nombres qui permettraient de les retrouver, afin que personne ne puisse être identifié."',
      '',
    ]);
  });

  it('names the region in both languages, quotes commas and quotes, and makes formulas inert', () => {
    const region = aRegion({ nameEn: 'North, "far"', nameFr: '=HYPERLINK("x")' });
    const all = lines(statisticsCsv(aReport({ regionId: region.id }), region));
    expect(all[2]).toBe('Region / Région,"North, ""far"" / =HYPERLINK(""x"")"');
    const inert = lines(statisticsCsv(aReport({ regionId: region.id }), aRegion({ nameEn: '=cmd', nameFr: 'x' })));
    expect(inert[2]).toBe("Region / Région,'=cmd / x");
  });

  it('names a region it has no name for by its id, never as every region', () => {
    const report = aReport({ regionId: aRegion().id });
    expect(lines(statisticsCsv(report, null))[2]).toBe(`Region / Région,${aRegion().id}`);
    expect(statisticsCsvFileName(report, null)).toBe(`statistics-2026-04-01-2026-11-30-${aRegion().id}.csv`);
  });

  it('is named for the period and the region', () => {
    expect(statisticsCsvFileName(aReport(), null)).toBe('statistics-2026-04-01-2026-11-30.csv');
    expect(statisticsCsvFileName(aReport({ regionId: aRegion().id }), aRegion())).toBe('statistics-2026-04-01-2026-11-30-ont.csv');
  });
});
