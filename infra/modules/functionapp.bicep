// Flex Consumption plan and the function app that runs the ASP.NET Core executable as a custom handler.

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

// Settings the Functions host itself reads. FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are
// not allowed on Flex Consumption: functionAppConfig.runtime below replaces them. An array, not an object
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
      // The .NET isolated stack, not 'custom': the host picks the custom handler because host.json has a
      // customHandler section (azure-functions-host, FunctionInvocationDispatcherFactory: a non-null
      // HttpWorkerOptions.Description selects HttpFunctionInvocationDispatcher whatever the stack), while
      // this stack's image carries the .NET 10 runtime that `dotnet Ics2Port.Functions.dll` needs for a
      // framework-dependent build. Azure-Samples/mcp-sdk-functions-hosting-dotnet runs its ASP.NET Core
      // custom handler on Flex the same way (infra/main.bicep: runtimeName 'dotnet-isolated'; BYOServer.md),
      // and azure-functions-core-tools#4642 records that apps could not be created with 'custom' then.
      // The catch: on this stack the host does not load the extension bundle from host.json (it treats
      // the app as .NET and looks for extensions in the package: ScriptStartupTypeLocator,
      // "bundleConfigured && !isDotnetApp"). HTTP and timer triggers are built into the host; the blob
      // and queue triggers are not, so the package brings the Storage extensions in bin/ (docs/decisions/0003).
      // The package carries no worker.config.json: on this stack the host reads the isolated worker's
      // config from the payload, and without one it indexes the function.json folders instead of asking
      // a gRPC worker for its functions (the packaging test checks the file stays out).
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
