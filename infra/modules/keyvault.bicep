// Key Vault in RBAC mode for the API key hashes and the signing certificate. The template creates the
// vault only: secret values are put in by an operator (docs/azure.md), never passed through a deployment.

@description('Key Vault name (3-24 letters, digits and hyphens).')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Purge protection keeps a deleted vault and its secrets recoverable for the retention period; it cannot be switched off again.')
param enablePurgeProtection bool

@description('Refuses the internet except allowedIpAddresses (the app then comes through a private endpoint).')
param restrictPublicAccess bool

@description('Public IP addresses or ranges let in when restrictPublicAccess: the operators who put secrets in.')
param allowedIpAddresses string[]

@description('Log Analytics workspace the vault\'s audit log goes to.')
param workspaceId string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // null rather than false: the service refuses an explicit false.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: restrictPublicAccess ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
      ipRules: restrictPublicAccess ? map(allowedIpAddresses, address => { value: address }) : []
    }
  }
}

// Who read or changed which secret or certificate, and who was refused.
resource vaultAudit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logAnalyticsDestinationType: 'Dedicated'
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

output name string = vault.name
output id string = vault.id
output uri string = vault.properties.vaultUri
