// The Integrationsmonitor page (/berichte): every section the viewer may read,
// as tables of label and value columns.
import { graphql } from "@lotse/schema";

export const IntegrationMonitorQuery = graphql(`
  query IntegrationMonitor($filter: IntegrationMonitorFilter!) {
    integrationMonitor(filter: $filter) {
      __typename
      ... on QueryIntegrationMonitorSuccess {
        data {
          from
          to
          granularity
          sections
          readableSections
          smallNumberThreshold
          smallNumbersProtected
          districts {
            id
            name
          }
          tables {
            key
            section
            districtApplies
            columns {
              key
              kind
            }
            rows {
              cells {
                text
                value
                belowThreshold
              }
            }
          }
        }
      }
      ... on Error {
        code
        field
        message
      }
    }
  }
`);
