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

@description('Most instances the app may scale out to.')
@minValue(1)
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
// triggers bind (managed identity). FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are not allowed
// on Flex Consumption: functionAppConfig.runtime below replaces them. An array, not an object
// run through items(): a for-expression's keys must be known when the deployment starts, and the
// Application Insights connection string is not.
var hostSettings = [
  { name: 'AzureWebJobsStorage__accountName', value: storage.name }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsights.properties.ConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
]

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
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
            type: 'SystemAssignedIdentity'
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

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
output principalId string = app.identity.principalId
