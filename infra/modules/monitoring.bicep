// Log Analytics workspace and the workspace-based Application Insights the Functions host writes to; the audit logs of
// storage, Key Vault and Event Grid (their diagnostic settings are in their modules) are kept for as long as customs
// records.

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights component name.')
param applicationInsightsName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Days the audit tables keep their rows in all: beyond retentionInDays in long-term retention (1826 or more whole years).')
param auditRetentionInDays int

// Who wrote or deleted which blob, who read which secret, which blob event was not delivered. Key Vault writes
// AZKVAuditLogs in resource-specific mode and AzureDiagnostics otherwise; both are kept.
var auditTables = [
  'StorageBlobLogs'
  'AZKVAuditLogs'
  'AzureDiagnostics'
  'AegDeliveryFailureLogs'
]

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource auditTableRetention 'Microsoft.OperationalInsights/workspaces/tables@2023-09-01' = [
  for table in auditTables: {
    parent: workspace
    name: table
    properties: {
      totalRetentionInDays: auditRetentionInDays
    }
  }
]

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: applicationInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Only Entra ID-authenticated telemetry is accepted: the app's identity holds Monitoring Metrics Publisher.
    DisableLocalAuth: true
  }
}

output applicationInsightsName string = applicationInsights.name
output applicationInsightsId string = applicationInsights.id
output workspaceName string = workspace.name
output workspaceId string = workspace.id
