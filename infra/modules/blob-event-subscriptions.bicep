// Event Grid subscriptions that deliver BlobCreated events to the blob-triggered functions
// (BlobTriggerSource.EventGrid, the only blob trigger Flex Consumption supports): the blob extension's
// webhook names the function as the host knows it, Host.Functions.<Name>. The webhook carries the
// host's blobs_extension system key, which exists only once code with a blob trigger has started, so
// this module runs as a second deployment after the package is published (main.bicep:
// deployBlobEventSubscriptions=true), as the Flex Consumption samples do in their post-deploy step. An event
// still undelivered after the retries (or refused at once) goes to the dead-letter container, written with the
// topic's identity; docs/azure.md shows how to replay it.

@description('Function app that receives the events.')
param functionAppName string

@description('Event Grid system topic of the storage account.')
param systemTopicName string

@description('Storage account of the dead-letter container.')
param storageAccountName string

@description('Container the events that cannot be delivered are written to.')
param deadLetterContainerName string

@description('One subscription per blob-triggered function: its name and the container it watches.')
param subscriptions {
  @description('Function name as its [Function] attribute gives it, e.g. InboundFileUploaded.')
  functionName: string
  @description('Container whose new blobs trigger the function.')
  container: string
}[]

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

// Bicep carries no type for sites/host in any API version; listKeys() is all that is used of it.
#disable-next-line BCP081
resource appHost 'Microsoft.Web/sites/host@2024-04-01' existing = {
  parent: app
  name: 'default'
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2022-06-15' existing = {
  name: systemTopicName
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

// Blobs that are not complete yet: with the hierarchical namespace (SFTP) BlobCreated also fires when a file is opened
// (CreateFile, SftpCreate) and, with SFTP resumable uploads, while it is written (SftpWrite). A deny-list, so that any
// API that commits a blob, now or later, still triggers the function.
var precommitApis = [
  'CreateFile'
  'SftpCreate'
  'SftpWrite'
]

// Temporary names SFTP clients upload to before renaming the file (WinSCP's .filepart, others' .part or .tmp). The
// rename raises no BlobCreated, so the function would only see the temporary name and quarantine it: such names are
// left alone, and agencies upload without temporary names (docs/azure.md).
var temporaryNameSuffixes = [
  '.filepart'
  '.part'
  '.tmp'
]

// Fails with "blobs_extension doesn't exist" while no code is deployed: publish first.
var blobsExtensionKey = appHost.listKeys().systemKeys.blobs_extension

resource eventSubscriptions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = [
  for target in subscriptions: {
    parent: systemTopic
    name: toLower(target.functionName)
    properties: {
      destination: {
        endpointType: 'WebHook'
        properties: {
          endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${target.functionName}&code=${blobsExtensionKey}'
          maxEventsPerBatch: 1
          preferredBatchSizeInKilobytes: 64
        }
      }
      eventDeliverySchema: 'EventGridSchema'
      filter: {
        includedEventTypes: [
          'Microsoft.Storage.BlobCreated'
        ]
        subjectBeginsWith: '/blobServices/default/containers/${target.container}/'
        advancedFilters: [
          {
            operatorType: 'StringNotIn'
            key: 'data.api'
            values: precommitApis
          }
          {
            operatorType: 'StringNotEndsWith'
            key: 'subject'
            values: temporaryNameSuffixes
          }
        ]
      }
      deadLetterWithResourceIdentity: {
        identity: {
          type: 'SystemAssigned'
        }
        deadLetterDestination: {
          endpointType: 'StorageBlob'
          properties: {
            resourceId: storage.id
            blobContainerName: deadLetterContainerName
          }
        }
      }
      retryPolicy: {
        maxDeliveryAttempts: 30
        eventTimeToLiveInMinutes: 1440
      }
    }
  }
]
