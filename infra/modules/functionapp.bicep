// Flex Consumption plan and the function app on the .NET isolated worker.

@description('Plan name.')
param planName string

@description('Function app name; also the host name <name>.azurewebsites.net.')
param appName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Storage account the host uses (AzureWebJobsStorage) and the deployment package lives in.')
param storageAccountName string

@description('Container Flex Consumption reads the deployment package from.')
param deploymentContainerName string

@description('Application Insights component the host writes to.')
param applicationInsightsName string

@description('User-assigned identity of the app (resource id): storage, deployment package, telemetry, Key Vault references.')
param identityId string

@description('Client id of that identity, for the settings that pick it.')
param identityClientId string

@description('Subnet (delegated to Microsoft.App/environments) the app sends its outbound traffic through; empty for none.')
param virtualNetworkSubnetId string

// Flex Consumption's range (Learn, event-driven-scaling "Limit scale-out", which gave 40 as the lowest maximum).
@description('Most instances the app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('The app\'s own settings (Ics2Port__*), name to value.')
param appSettings object

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

// Settings the Functions host reads; the worker reads AzureWebJobsStorage__* too, for the BlobClient its blob
// triggers bind. The host's storage connection names every service it uses, with the app's identity: blobs (its keys,
// the timer's locks), queues (the blob extension's trigger queue and its poison queue webjobs-blobtrigger-poison, which
// BlobTriggerPoisoned reads) and tables. FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are not allowed on
// Flex Consumption: functionAppConfig.runtime below replaces them. An array, not an object run through items(): a
// for-expression's keys must be known when the deployment starts, and the Application Insights connection string is not.
var hostSettings = [
  { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
  { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
  { name: 'AzureWebJobsStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
  // DefaultAzureCredential, with which the app's own storage clients sign in, takes the identity from it.
  { name: 'AZURE_CLIENT_ID', value: identityClientId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsights.properties.ConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
]

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    // On Flex Consumption all outbound traffic, Key Vault references included, then goes through the subnet.
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: concat(hostSettings, map(items(appSettings), setting => { name: setting.key, value: setting.value }))
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      // The stack of the package's worker.config.json; the host starts `dotnet Ics2Port.Functions.dll` on it and
      // loads the Storage extensions from the package's extensions.json (.azurefunctions/), not from a bundle.
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployments sign in with Entra ID (az functionapp deployment uses a token on Flex Consumption): no publishing
// user name and password for the SCM site or FTP.
resource ftpBasicAuthentication 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuthentication 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
