// The Event Grid system topic of the storage account, which the blob-triggered functions' subscriptions
// (blob-event-subscriptions.bicep) hang on. Its identity writes the events Event Grid cannot deliver to the dead-letter
// container (roles.bicep gives it that container only), and an alert fires on the first one.

@description('System topic name.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Storage account whose blob events the topic carries.')
param storageAccountName string

@description('Log Analytics workspace the delivery failures go to.')
param workspaceId string

@description('E-mail address told when an event is dead-lettered or dropped; empty for alerts without a notification.')
param alertEmailAddress string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

// One system topic per storage account; the subscriptions on it come in the second step.
resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// Each failed delivery attempt with its reason (AegDeliveryFailureLogs), before an event is dead-lettered.
resource deliveryFailures 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit'
  scope: topic
  properties: {
    workspaceId: workspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'DeliveryFailures'
        enabled: true
      }
    ]
  }
}

resource operators 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmailAddress)) {
  name: 'ag-${name}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'ics2port'
    enabled: true
    emailReceivers: [
      {
        name: 'operator'
        emailAddress: alertEmailAddress
        useCommonAlertSchema: true
      }
    ]
  }
}

// A dead-lettered event is a file that was never processed nor quarantined (docs/azure.md shows how to replay it); a
// dropped one could not even be dead-lettered.
var undeliveredEvents = [
  {
    metric: 'DeadLetteredCount'
    description: 'A blob event could not be delivered to its function and went to the dead-letter container: replay it (docs/azure.md).'
  }
  {
    metric: 'DroppedEventCount'
    description: 'A blob event could neither be delivered nor dead-lettered: its file was never processed.'
  }
]

resource undeliveredEventAlerts 'Microsoft.Insights/metricAlerts@2018-03-01' = [
  for alert in undeliveredEvents: {
    name: '${name}-${toLower(alert.metric)}'
    location: 'global'
    tags: tags
    properties: {
      description: alert.description
      severity: 1
      enabled: true
      scopes: [
        topic.id
      ]
      evaluationFrequency: 'PT5M'
      windowSize: 'PT15M'
      criteria: {
        'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
        allOf: [
          {
            criterionType: 'StaticThresholdCriterion'
            name: alert.metric
            metricNamespace: 'Microsoft.EventGrid/systemTopics'
            metricName: alert.metric
            operator: 'GreaterThan'
            threshold: 0
            timeAggregation: 'Total'
          }
        ]
      }
      actions: empty(alertEmailAddress)
        ? []
        : [
            {
              actionGroupId: operators.id
            }
          ]
    }
  }
]

output name string = topic.name
output principalId string = topic.identity.principalId
