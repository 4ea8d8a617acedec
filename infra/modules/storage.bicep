// The one storage account of an environment: the host's own storage (AzureWebJobsStorage), the
// Flex Consumption deployment package, the blob events Event Grid could not deliver, and all of the app's containers
// and tables.

@description('Storage account name (3-24 lower-case letters and digits).')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('The app\'s tables and containers by role, as infra/storage-layout.json names them.')
param layout {
  tables: { *: string }
  containers: { *: string }
}

@description('Blob-triggered functions; the container each one watches is created beside the app\'s.')
param blobFunctions {
  functionName: string
  container: string
}[]

@description('Container Flex Consumption reads the deployment package from.')
param deploymentContainerName string

@description('Container Event Grid writes the blob events it cannot deliver to.')
param deadLetterContainerName string

@description('Queues the host would create itself, created here so that roles can be scoped to them.')
param queueNames string[]

@description('Turns on SFTP; needs the hierarchical namespace, which can only be chosen when the account is created.')
param enableSftp bool

@description('SFTP local users: one per shipping agency, home directory inbound/<agentId>.')
param sftpAgents {
  @description('Shipping agency id, e.g. AG-BALTSHIP.')
  agentId: string
  @description('OpenSSH public key line, e.g. "ssh-ed25519 AAAA... name".')
  publicKey: string
  @description('The agency\'s own POSIX group id, named by the ACLs of its folders.')
  groupId: int
}[]

@description('Days a deleted blob or container can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionInDays int

@description('Log Analytics workspace the blob audit log goes to.')
param workspaceId string

@description('Refuses the internet except allowedIpAddresses (the app then comes through private endpoints).')
param restrictPublicAccess bool

@description('Public IP addresses or ranges let in when restrictPublicAccess: agencies\' SFTP sources, operators.')
param allowedIpAddresses string[]

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param skuName string

// HNS (Data Lake Gen2) is only switched on for SFTP. The Blob REST API keeps working on it, including
// the conditional headers (If-None-Match: *, If-Match) and leases the app relies on, but: a listing
// without a delimiter also returns the directories that HNS creates for every "folder/" in a name,
// Delete Blob removes a directory only when it is empty, and BlobCreated fires twice for DFS and SFTP
// writes (CreateFile/SftpCreate on open, FlushWithClose/SftpCommit on commit).
resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Every client (host, app, deployment, operators) signs in with Entra ID; SFTP uses SSH keys.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    isHnsEnabled: enableSftp
    isSftpEnabled: enableSftp
    isLocalUserEnabled: enableSftp
    // Public access stays on for the allowed addresses (SFTP, operators); trusted services pass the firewall, among
    // them Event Grid writing dead letters with its managed identity.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: restrictPublicAccess ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
      ipRules: restrictPublicAccess ? map(allowedIpAddresses, address => { value: address, action: 'Allow' }) : []
    }
  }
}

var tableNames = map(items(layout.tables), table => table.value)
var containerNames = union(map(items(layout.containers), container => container.value), map(blobFunctions, function => function.container))

// The account holds every acknowledged document: a deleted blob or container can be restored for a while.
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionInDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionInDays
    }
  }
}

// Who wrote or deleted which blob (StorageBlobLogs: operation, caller's identity or SFTP user, IP, blob). Reads are
// left out: every API read of a document is one, and the app's own requests log them already.
resource blobAudit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit'
  scope: blobService
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in union(containerNames, [deploymentContainerName, deadLetterContainerName]): {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

// ADR 0014: no permission scope at all, since a scope is checked before the ACLs and applies to a whole container.
// Each agency is its own group (groupId), and only the ACLs that infra/sftp-acls.sh sets on inbound/<agentId>
// (write) and results/<agentId> (read) let it in: no local user can write or read outside its agency.
resource localUsers 'Microsoft.Storage/storageAccounts/localUsers@2023-05-01' = [
  for agent in sftpAgents: if (enableSftp) {
    parent: account
    // Local user names are lower-case letters and digits only.
    name: toLower(replace(agent.agentId, '-', ''))
    properties: {
      homeDirectory: 'inbound/${agent.agentId}'
      permissionScopes: []
      allowAclAuthorization: true
      groupId: agent.groupId
      sshAuthorizedKeys: [
        {
          description: agent.agentId
          key: agent.publicKey
        }
      ]
      hasSshKey: true
      hasSshPassword: false
      hasSharedKey: false
    }
    dependsOn: [
      containers
    ]
  }
]

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output tableEndpoint string = account.properties.primaryEndpoints.table
output queueEndpoint string = account.properties.primaryEndpoints.queue
