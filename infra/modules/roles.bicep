// Data-plane roles for the function app's user-assigned identity, the Event Grid system topic's identity, and
// optionally for an operator who puts secrets and the signing certificate into Key Vault and works with the containers
// and queues named below; a person gets nothing at the storage account's scope (the host's keys, the package).

@description('Storage account the app reads and writes.')
param storageAccountName string

@description('Application Insights component the host publishes telemetry to.')
param applicationInsightsName string

@description('Key Vault holding the API key hashes and the signing certificate.')
param keyVaultName string

@description('Object id (principal id) of the function app\'s user-assigned identity.')
param appPrincipalId string

@description('Object id (principal id) of the Event Grid system topic\'s identity, which writes undeliverable events.')
param eventTopicPrincipalId string

@description('Container the system topic writes undeliverable events to.')
param deadLetterContainerName string

@description('Object id of a user or group that manages Key Vault secrets and certificates and uploads blobs; empty for none.')
param operatorPrincipalId string

@description('Containers the operator works in: write (drop-offs, quarantine, dead letters) or read (results).')
param operatorContainers {
  name: string
  access: 'read' | 'write'
}[]

@description('Queues the operator peeks at (the poison queues).')
param operatorQueues string[]

@description('Principal type of operatorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string

// Built-in role definition ids (the same in every tenant).
var roleIds = {
  // Owner rather than Contributor: the blob trigger's identity-based connection requires it.
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  // The host keeps the blob trigger's poison queue there, and reads it for BlobTriggerPoisoned.
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageQueueDataReader: '19e7f393-937e-4f77-808e-94535e297925'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  keyVaultSecretsOfficer: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
  keyVaultCertificatesOfficer: 'a4417e6f-fecd-4de8-b567-7b0420556985'
}

var storageRoles = [
  roleIds.storageBlobDataOwner
  roleIds.storageTableDataContributor
  roleIds.storageQueueDataContributor
]

var operatorVaultRoles = [
  roleIds.keyVaultSecretsOfficer
  roleIds.keyVaultCertificatesOfficer
]

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = {
  name: '${storageAccountName}/default/${deadLetterContainerName}'
}

resource operatorContainerScopes 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = [
  for container in operatorContainers: {
    name: '${storageAccountName}/default/${container.name}'
  }
]

resource operatorQueueScopes 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' existing = [
  for queue in operatorQueues: {
    name: '${storageAccountName}/default/${queue}'
  }
]

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource appStorageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoles: {
    name: guid(storage.id, appPrincipalId, roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource appTelemetryRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, appPrincipalId, roleIds.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.monitoringMetricsPublisher)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource appVaultRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, roleIds.keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.keyVaultSecretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Event Grid dead-letters with the topic's identity into this one container (the account takes no shared key).
resource eventTopicDeadLetterRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(deadLetterContainer.id, eventTopicPrincipalId, roleIds.storageBlobDataContributor)
  scope: deadLetterContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageBlobDataContributor)
    principalId: eventTopicPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorVaultRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in operatorVaultRoles: if (!empty(operatorPrincipalId)) {
    name: guid(vault.id, operatorPrincipalId, roleId)
    scope: vault
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: operatorPrincipalId
      principalType: operatorPrincipalType
    }
  }
]

resource operatorContainerRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (container, i) in operatorContainers: if (!empty(operatorPrincipalId)) {
    name: guid(operatorContainerScopes[i].id, operatorPrincipalId, container.access)
    scope: operatorContainerScopes[i]
    properties: {
      roleDefinitionId: subscriptionResourceId(
        'Microsoft.Authorization/roleDefinitions',
        container.access == 'write' ? roleIds.storageBlobDataContributor : roleIds.storageBlobDataReader
      )
      principalId: operatorPrincipalId
      principalType: operatorPrincipalType
    }
  }
]

resource operatorQueueRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for (queue, i) in operatorQueues: if (!empty(operatorPrincipalId)) {
    name: guid(operatorQueueScopes[i].id, operatorPrincipalId, roleIds.storageQueueDataReader)
    scope: operatorQueueScopes[i]
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.storageQueueDataReader)
      principalId: operatorPrincipalId
      principalType: operatorPrincipalType
    }
  }
]
