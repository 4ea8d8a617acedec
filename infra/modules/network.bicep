// The private network of vnetEnabled: a virtual network the app sends its outbound traffic through, and private
// endpoints with their DNS zones for the storage services the app and the host use and for Key Vault, so that both
// can refuse the internet (storage.bicep and keyvault.bicep keep only the allowed IP addresses open).

@description('Virtual network name.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Storage account reached through private endpoints.')
param storageAccountName string

@description('Key Vault reached through a private endpoint.')
param keyVaultName string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource network 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: '10.0.1.0/24'
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
      {
        // Flex Consumption integrates with a subnet delegated to Microsoft.App/environments.
        name: 'app'
        properties: {
          addressPrefix: '10.0.2.0/24'
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
    ]
  }
}

resource endpointSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: network
  name: 'private-endpoints'
}

resource appSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  parent: network
  name: 'app'
}

// Blob: the app's documents, the host's keys, the package. Queue: the blob extension's trigger and poison queues.
// Table: the app's tables. Vault: Key Vault references. The vault's zone is privatelink.vaultcore.<suffix>.
var endpoints = [
  {
    groupId: 'blob'
    zone: 'privatelink.blob.${environment().suffixes.storage}'
    target: storage.id
  }
  {
    groupId: 'queue'
    zone: 'privatelink.queue.${environment().suffixes.storage}'
    target: storage.id
  }
  {
    groupId: 'table'
    zone: 'privatelink.table.${environment().suffixes.storage}'
    target: storage.id
  }
  {
    groupId: 'vault'
    zone: 'privatelink${replace(environment().suffixes.keyvaultDns, '.vault.', '.vaultcore.')}'
    target: vault.id
  }
]

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for endpoint in endpoints: {
    name: endpoint.zone
    location: 'global'
    tags: tags
  }
]

resource zoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (endpoint, i) in endpoints: {
    parent: zones[i]
    name: name
    location: 'global'
    tags: tags
    properties: {
      virtualNetwork: {
        id: network.id
      }
      registrationEnabled: false
    }
  }
]

resource privateEndpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [
  for endpoint in endpoints: {
    name: 'pe-${endpoint.groupId}-${name}'
    location: location
    tags: tags
    properties: {
      subnet: {
        id: endpointSubnet.id
      }
      privateLinkServiceConnections: [
        {
          name: endpoint.groupId
          properties: {
            privateLinkServiceId: endpoint.target
            groupIds: [
              endpoint.groupId
            ]
          }
        }
      ]
    }
  }
]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = [
  for (endpoint, i) in endpoints: {
    parent: privateEndpoints[i]
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: endpoint.groupId
          properties: {
            privateDnsZoneId: zones[i].id
          }
        }
      ]
    }
  }
]

output appSubnetId string = appSubnet.id
