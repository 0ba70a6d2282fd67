// Every query the reference site runs, in one place, so a site can swap in other queries.

const officeFields = 'id name slug district publication'

const issueFields = `id title period issueNumber runningNumber publication
  articles(limit: 200) { docs { id title subtitle kind section } }`

/** The GraphQL documents behind the pages (tests run them against the schema). */
export const siteQueries = {
  offices: `{ Offices(limit: 100, sort: "name") { docs { ${officeFields} } } }`,
  office: `query Office($slug: String!) {
        Offices(where: { slug: { equals: $slug } }, limit: 1) { docs { ${officeFields} } }
      }`,
  latestIssue: `query LatestIssue($office: JSON!) {
        Issues(where: { office: { equals: $office } }, sort: "-period", limit: 1) {
          docs { ${issueFields} }
        }
      }`,
  issue: `query Issue($id: Int!, $office: JSON!) {
        Issues(where: { id: { equals: $id }, office: { equals: $office } }, limit: 1) {
          docs { ${issueFields} }
        }
      }`,
  article: `query Article($id: Int!, $office: JSON!) {
        Articles(where: { id: { equals: $id }, office: { equals: $office } }, limit: 1) {
          docs {
            id title subtitle section body
            office { slug }
            issue { id title period }
            department { name }
            authors { name }
            photographers { name }
            photos { id url alt caption }
          }
        }
      }`,
  search: `query Search($q: String!, $office: String!) {
        searchArticles(q: $q, office: $office, limit: 20) {
          totalDocs
          isTotalDocsCapped
          docs { id titleHighlight snippet issue { id title } }
        }
      }`,
}
