// A French article written for the drafts' tests (not one of the five curated sources): a mission of
// the Région Occitanie to Kumamoto, an agreement signed and one to be signed, a delegation led by a
// named person with its dates, a role and a membership. Names are written as articles write them:
// without accents ("Region"), with elisions ("l'AER BFC", "du NARO") and hyphens dropped.
export const DRAFT_ARTICLE = `Occitanie et Kumamoto : une coopération qui s'accélère
Publié le 22 avril 2025

Une délégation de la Region Occitanie, menée par Carole Delga, s'est rendue à Kumamoto du 12 au 19 avril 2025. Elle réunissait des élus, des chercheurs et des entreprises de la filière hydrogène.

Le 14 avril 2025, la Région Occitanie et la préfecture de Kumamoto ont signé un accord de coopération sur l'hydrogène et les semi-conducteurs. Le texte prévoit des échanges d'étudiants et une mission économique chaque année.

La Région Occitanie et l'Université de Kumamoto signeront un protocole d'entente en septembre 2025 pour créer un laboratoire commun.

Marc Dubois, président de la Fondation Toulouse Aéro, accompagnait la délégation. La Fondation Toulouse Aéro est membre du pôle Aerospace Valley depuis 2019.

Sur place, les entreprises ont rencontré des chercheurs du NARO et l'équipe de l'AER BFC, venue de Bourgogne Franche-Comte pour présenter ses propres projets.

La Fondation Toulouse Aéro travaille en partenariat avec la Chambre de Commerce Franco-Japonaise depuis 2021.

Le vice-gouverneur de Kumamoto a salué « une amitié durable » et annoncé une visite au printemps 2026.
`;
