// Ics2Port in one resource group: storage (data, host state, deployment package, undeliverable blob events), a Flex
// Consumption function app running the .NET isolated worker under a user-assigned identity, Application Insights on
// Log Analytics (which also keeps the audit logs), Key Vault for API key hashes and the signing certificate, the Event
// Grid system topic that feeds the blob-triggered functions and, with vnetEnabled, a virtual network with private
// endpoints. Walk-through, role by role: docs/azure.md.

targetScope = 'resourceGroup'

@description('Short environment name (letters, digits, hyphens), e.g. dev or prod; part of every resource name.')
@minLength(1)
@maxLength(16)
param environmentName string

@description('Azure region; Flex Consumption must be available there.')
param location string = resourceGroup().location

@description('Turns on SFTP drop-off for shipping agencies. Decides the hierarchical namespace when the storage account is created; it cannot be switched on later by redeploying.')
param enableSftp bool = false

@description('SFTP local users, one per shipping agency (used only when enableSftp is true).')
param sftpAgents {
  @description('Shipping agency id, e.g. AG-BALTSHIP; the home directory is inbound/<agentId>.')
  agentId: string
  @description('OpenSSH public key line, e.g. "ssh-ed25519 AAAA... baltship".')
  publicKey: string
  @description('The agency\'s own POSIX group id (1000 or above, never shared): its folders\' ACLs name it (ADR 0014).')
  @minValue(1000)
  groupId: int
}[] = []

@description('Puts storage and Key Vault behind private endpoints in a virtual network the app sends its traffic through, and closes them to the internet except allowedIpAddresses.')
param vnetEnabled bool = false

@description('With vnetEnabled: public IP addresses (a.b.c.d) or ranges (a.b.c.d/nn, /30 or wider) still let in to storage, SFTP included, and to Key Vault: the agencies\' SFTP sources and the operators\' workstations.')
param allowedIpAddresses string[] = []

@description('Base URL of the port system (SKLOIS) API.')
param portSystemBaseUrl string

@description('Base URL of the customs EDS interface used while the port system is down.')
param edsBaseUrl string

@description('SMTP relay that sends fallback e-mail to customs control points.')
param smtpHost string

@description('SMTP port.')
param smtpPort int = 587

@description('Sender address of fallback e-mail.')
param smtpFrom string

@description('SMTP user name; empty for a relay without authentication. The password is the Key Vault secret smtp-password.')
param smtpUserName string = ''

@description('Customs control point e-mail per port, overriding the app\'s built-in list: { "LVRIX": "address", ... }.')
param controlPointEmails object = {}

@description('Most instances the app may scale out to: 40 to 1000 on Flex Consumption.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSku string = 'Standard_LRS'

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// Customs records are kept at least three years from the end of the year the declaration was accepted (Union Customs
// Code, art. 51): up to four years and a day after the event (1461 days across a leap year). Beyond two years Log
// Analytics keeps whole years only (1460, 1826, ...), so five; national rules may ask for more.
@description('Days the audit logs (blob writes and deletes, Key Vault access, undelivered blob events) are kept.')
@allowed([
  1826
  2191
  2556
  2922
  3288
  3653
  4018
  4383
])
param auditRetentionInDays int = 1826

@description('Days a deleted blob or container can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionInDays int = 30

@description('Key Vault purge protection; once on, it stays on.')
param keyVaultPurgeProtection bool = true

@description('Object id of the user or group that manages Key Vault secrets and certificates and uploads blobs (az ad signed-in-user show --query id); empty for none.')
param operatorPrincipalId string = ''

@description('Principal type of operatorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'User'

@description('E-mail address told when a blob event cannot be delivered to its function (dead-lettered or dropped); empty for alerts without a notification.')
param alertEmailAddress string = ''

@description('Second step, after the code is published: create the Event Grid subscriptions of the blob-triggered functions.')
param deployBlobEventSubscriptions bool = false

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var tags = {
  application: 'ics2port'
  environment: environmentName
}

var names = {
  storageAccount: 'stics2${take(resourceToken, 13)}'
  deploymentContainer: 'app-package'
  deadLetterContainer: 'event-dead-letters'
  plan: 'plan-ics2port-${environmentName}'
  appIdentity: 'id-ics2port-${environmentName}'
  functionApp: 'func-ics2port-${environmentName}-${take(resourceToken, 6)}'
  keyVault: 'kv-ics2-${take(resourceToken, 13)}'
  workspace: 'log-ics2port-${environmentName}'
  applicationInsights: 'appi-ics2port-${environmentName}'
  systemTopic: 'evgt-ics2port-${environmentName}'
  virtualNetwork: 'vnet-ics2port-${environmentName}'
}

// Every table and container the app uses, by the role it gives each one: src/Ics2Port.Storage embeds the same file
// for its StorageLayout, so the two cannot drift. The app creates none of them in Azure (docs/decisions/0005).
var storageLayout = loadJsonContent('storage-layout.json')

// Blob-triggered functions, by the names their [Function] attributes give them, and the container each
// one's BlobTrigger path watches: change them together (the packaging tests compare them with functions.metadata).
var blobTriggeredFunctions = [
  {
    functionName: 'InboundFileUploaded'
    container: 'inbound'
  }
  {
    functionName: 'FallbackInboxFileUploaded'
    container: 'fallback-inbox'
  }
]

// The blob extension's poison queue, which BlobTriggerPoisoned reads, and the one the queue extension moves a message
// to when that fails too. The host would create them; the template does, so that the operator's read role can name them.
var poisonQueues = [
  'webjobs-blobtrigger-poison'
  'webjobs-blobtrigger-poison-poison'
]

// Where an operator works (docs/azure.md): drops files where agencies and customs do, clears the quarantine and the
// dead letters once replayed, reads the results. Nothing at the account's scope: not the host's keys, not the package.
var operatorContainers = concat(
  map(blobTriggeredFunctions, function => { name: function.container, access: 'write' }),
  [
    { name: storageLayout.containers.quarantine, access: 'write' }
    { name: names.deadLetterContainer, access: 'write' }
    { name: storageLayout.containers.results, access: 'read' }
  ]
)

// Secret names in Key Vault; the template references them, an operator puts the values in.
var secretNames = {
  apiKeyHashes: 'api-key-hashes'
  signingCertificate: 'signing-certificate'
  smtpPassword: 'smtp-password'
}

var vaultReference = '@Microsoft.KeyVault(VaultName=${names.keyVault};SecretName='

// The app reads these (besides the host's AzureWebJobsStorage__*, APPLICATIONINSIGHTS_* and AZURE_CLIENT_ID in
// modules/functionapp.bicep); Linux needs "__" where a configuration key has ":" (Ics2Port:Storage:BlobEndpoint):
//   Ics2Port__Storage__BlobEndpoint         https://<account>.blob.core.windows.net/ (managed identity)
//   Ics2Port__Storage__TableEndpoint        https://<account>.table.core.windows.net/ (managed identity)
//   Ics2Port__PortSystem__BaseUrl           port system (SKLOIS) API
//   Ics2Port__Eds__BaseUrl                  customs EDS
//   Ics2Port__Smtp__Host, __Port, __From    fallback e-mail relay
//   Ics2Port__Smtp__UserName, __Password    only when smtpUserName is set; the password from Key Vault
//   Ics2Port__ApiKeys__Hashes               Key Vault api-key-hashes: JSON array of key hashes and principals
//   Ics2Port__Signing__CertificateSecret    Key Vault signing-certificate: base64 PKCS#12 of the signing certificate
//   Ics2Port__Fallback__ControlPointEmails__<LOCODE>   one per entry of controlPointEmails
// A Key Vault reference that cannot be resolved reaches the app as the literal "@Microsoft.KeyVault(...)".
var coreSettings = {
  Ics2Port__Storage__BlobEndpoint: storage.outputs.blobEndpoint
  Ics2Port__Storage__TableEndpoint: storage.outputs.tableEndpoint
  Ics2Port__PortSystem__BaseUrl: portSystemBaseUrl
  Ics2Port__Eds__BaseUrl: edsBaseUrl
  Ics2Port__Smtp__Host: smtpHost
  Ics2Port__Smtp__Port: string(smtpPort)
  Ics2Port__Smtp__From: smtpFrom
  Ics2Port__ApiKeys__Hashes: '${vaultReference}${secretNames.apiKeyHashes})'
  Ics2Port__Signing__CertificateSecret: '${vaultReference}${secretNames.signingCertificate})'
}

var smtpCredentialSettings = empty(smtpUserName)
  ? {}
  : {
      Ics2Port__Smtp__UserName: smtpUserName
      Ics2Port__Smtp__Password: '${vaultReference}${secretNames.smtpPassword})'
    }

var controlPointSettings = toObject(
  items(controlPointEmails),
  entry => 'Ics2Port__Fallback__ControlPointEmails__${entry.key}',
  entry => string(entry.value)
)

// The app's identity exists before the app, so that its roles are in place before the host first starts (a
// system-assigned identity exists only with the app, which then starts without them).
resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.appIdentity
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storageAccount
    location: location
    tags: tags
    layout: storageLayout
    blobFunctions: blobTriggeredFunctions
    deploymentContainerName: names.deploymentContainer
    deadLetterContainerName: names.deadLetterContainer
    queueNames: poisonQueues
    enableSftp: enableSftp
    sftpAgents: sftpAgents
    skuName: storageSku
    softDeleteRetentionInDays: softDeleteRetentionInDays
    workspaceId: monitoring.outputs.workspaceId
    restrictPublicAccess: vnetEnabled
    allowedIpAddresses: allowedIpAddresses
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: names.workspace
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
    auditRetentionInDays: auditRetentionInDays
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'key-vault'
  params: {
    name: names.keyVault
    location: location
    tags: tags
    enablePurgeProtection: keyVaultPurgeProtection
    workspaceId: monitoring.outputs.workspaceId
    restrictPublicAccess: vnetEnabled
    allowedIpAddresses: allowedIpAddresses
  }
}

module network 'modules/network.bicep' = if (vnetEnabled) {
  name: 'network'
  params: {
    name: names.virtualNetwork
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'function-app'
  params: {
    planName: names.plan
    appName: names.functionApp
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deploymentContainerName: names.deploymentContainer
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityId: appIdentity.id
    identityClientId: appIdentity.properties.clientId
    virtualNetworkSubnetId: vnetEnabled ? network!.outputs.appSubnetId : ''
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    appSettings: union(coreSettings, smtpCredentialSettings, controlPointSettings)
  }
  // Storage, telemetry and Key Vault roles first: the host reads all three as it starts.
  dependsOn: [
    roles
  ]
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultName: keyVault.outputs.name
    appPrincipalId: appIdentity.properties.principalId
    eventTopicPrincipalId: eventTopic.outputs.principalId
    deadLetterContainerName: names.deadLetterContainer
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
    operatorContainers: operatorContainers
    operatorQueues: poisonQueues
  }
}

module eventTopic 'modules/event-topic.bicep' = {
  name: 'event-topic'
  params: {
    name: names.systemTopic
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    workspaceId: monitoring.outputs.workspaceId
    alertEmailAddress: alertEmailAddress
  }
}

module blobEventSubscriptions 'modules/blob-event-subscriptions.bicep' = if (deployBlobEventSubscriptions) {
  name: 'blob-event-subscriptions'
  params: {
    functionAppName: functionApp.outputs.name
    systemTopicName: eventTopic.outputs.name
    storageAccountName: storage.outputs.name
    deadLetterContainerName: names.deadLetterContainer
    subscriptions: blobTriggeredFunctions
  }
  // The topic's identity may write the dead-letter container before any event can go there.
  dependsOn: [
    roles
  ]
}

output functionAppName string = functionApp.outputs.name
output functionAppDefaultHostName string = functionApp.outputs.defaultHostName
output storageAccountName string = storage.outputs.name
output keyVaultName string = keyVault.outputs.name
output blobEventsTopicName string = eventTopic.outputs.name
output applicationInsightsName string = monitoring.outputs.applicationInsightsName
output workspaceName string = monitoring.outputs.workspaceName
