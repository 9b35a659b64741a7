// CaseIngest on Azure: a Flex Consumption function app running the .NET 10 isolated worker, identity-only storage
// (no shared keys), the reprocess queue, Application Insights with Entra ID ingestion, Event Grid subscriptions
// that feed the blob trigger (BlobCreated) and the blob-deleted queue (BlobDeleted), and optionally an Azure AI
// Language resource for Text Analytics for Health.
// Deploy with `az deployment group create`; see README.md, "Deploy to Azure".

targetScope = 'resourceGroup'

@description('Short lowercase name from which every resource name is derived (letters, digits and hyphens, starting with a letter).')
@minLength(3)
@maxLength(12)
param appName string = 'caseingest'

@description('Region for every resource. It must offer the Flex Consumption plan (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Tags applied to every resource.')
param tags object = {}

@description('Blob container that receives case reports; the blob trigger watches it.')
@minLength(3)
@maxLength(63)
param ingestContainerName string = 'case-reports'

@description('Name of the blob-triggered function (its [Function] name in functions.metadata).')
param ingestFunctionName string = 'IngestCaseReport'

@description('Name of the identity-based storage connection the blob and queue triggers use (their Connection property; the function app uses AzureWebJobsStorage). Its __blobServiceUri, __queueServiceUri, __tableServiceUri and __credential settings are set.')
param storageConnectionName string = 'AzureWebJobsStorage'

@description('Queue the reprocess fan-out writes one message per document to; the queue-triggered function reads it.')
@minLength(3)
@maxLength(63)
param reprocessQueueName string = 'case-reprocess'

@description('Queue the BlobDeleted events of the ingest container are delivered to; the DeleteCaseReport function reads it and deletes each blob\'s document.')
@minLength(3)
@maxLength(63)
param blobDeletedQueueName string = 'blob-deleted'

@description('Maximum number of instances the Flex Consumption plan may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Days of log retention in the Log Analytics workspace.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Create the Event Grid subscription that delivers BlobCreated events to the blob trigger. Set to true only after the package has been deployed once: the subscription needs the blobs_extension system key, which the Functions host creates on its first start.')
param deployEventSubscription bool = false

@description('Create an Azure AI Language resource (Text Analytics for Health, Entra ID only) and let the app call it. It costs money and sends document text to the service, so it is off by default.')
param enableTextAnalytics bool = false

@description('Pricing tier of the optional Language resource (F0 is free with low limits, one per subscription).')
@allowed([
  'F0'
  'S'
])
param textAnalyticsSku string = 'S'

@description('Object id of a user or group that uploads case reports and reads results (Storage Blob Data Contributor and Storage Table Data Reader). Leave empty to grant nothing.')
param operatorPrincipalId string = ''

@description('Kind of principal in operatorPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string = 'User'

var suffix = uniqueString(subscription().id, resourceGroup().id, appName)
var functionAppName = 'func-${appName}-${suffix}'
var planName = 'plan-${appName}-${suffix}'
var storageAccountName = take('st${toLower(replace(appName, '-', ''))}${suffix}', 24)
var workspaceName = 'log-${appName}-${suffix}'
var appInsightsName = 'appi-${appName}-${suffix}'
var systemTopicName = 'evgt-${appName}-${suffix}'
var deploymentContainerName = 'app-package-${take(suffix, 8)}'
var languageAccountName = 'lang-${appName}-${suffix}'
var hostStorageConnection = 'AzureWebJobsStorage'
var tableNames = [
  'Cases'
  'Facts'
  'CaseIndex'
  'Rejections'
]

// Built-in role definition ids (identical in every tenant).
var functionAppStorageRoles = [
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' // Storage Blob Data Owner
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
]
var monitoringMetricsPublisherRole = '3913510d-42f4-4e42-8a64-420c390055eb'
var queueMessageSenderRole = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a' // Storage Queue Data Message Sender
var cognitiveServicesUserRole = 'a97b65f3-24c7-4388-baec-2e87135dc908'
var operatorStorageRoles = [
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor
  '76199698-9eea-4c19-bc75-cec21354c6b6' // Storage Table Data Reader
]

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource ingestContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: ingestContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource reprocessQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: reprocessQueueName
}

resource blobDeletedQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: blobDeletedQueueName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
  }
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

// Identity-based connections: the Functions host and the triggers read <connection>__blobServiceUri,
// __queueServiceUri and __tableServiceUri with the app's system-assigned identity; the application core reads the
// CaseIngest__* service URIs. No connection string and no key anywhere.
var hostConnectionSettings = [
  {
    name: '${hostStorageConnection}__blobServiceUri'
    value: storage.properties.primaryEndpoints.blob
  }
  {
    name: '${hostStorageConnection}__queueServiceUri'
    value: storage.properties.primaryEndpoints.queue
  }
  {
    name: '${hostStorageConnection}__tableServiceUri'
    value: storage.properties.primaryEndpoints.table
  }
  {
    name: '${hostStorageConnection}__credential'
    value: 'managedidentity'
  }
]

var triggerConnectionSettings = [
  {
    name: '${storageConnectionName}__blobServiceUri'
    value: storage.properties.primaryEndpoints.blob
  }
  {
    name: '${storageConnectionName}__queueServiceUri'
    value: storage.properties.primaryEndpoints.queue
  }
  {
    name: '${storageConnectionName}__tableServiceUri'
    value: storage.properties.primaryEndpoints.table
  }
  {
    name: '${storageConnectionName}__credential'
    value: 'managedidentity'
  }
]

var appSettings = concat(
  hostConnectionSettings,
  storageConnectionName == hostStorageConnection ? [] : triggerConnectionSettings,
  [
    {
      name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
      value: appInsights.properties.ConnectionString
    }
    {
      name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
      value: 'Authorization=AAD'
    }
    {
      name: 'CaseIngest__BlobServiceUri'
      value: storage.properties.primaryEndpoints.blob
    }
    {
      name: 'CaseIngest__QueueServiceUri'
      value: storage.properties.primaryEndpoints.queue
    }
    {
      name: 'CaseIngest__TableServiceUri'
      value: storage.properties.primaryEndpoints.table
    }
    {
      name: 'CaseIngest__ContainerName'
      value: ingestContainerName
    }
    {
      name: 'CaseIngest__ReprocessQueueName'
      value: reprocessQueueName
    }
    {
      name: 'CaseIngest__BlobDeletedQueueName'
      value: blobDeletedQueueName
    }
  ],
  enableTextAnalytics
    ? [
        {
          name: 'CaseIngest__TextAnalytics__Endpoint'
          value: languageAccount!.properties.endpoint
        }
      ]
    : []
)

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
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
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: appSettings
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
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
  dependsOn: [
    deploymentContainer
  ]
}

resource functionAppStorageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in functionAppStorageRoles: {
    name: guid(storage.id, functionApp.id, roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: functionApp.identity.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource functionAppMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, functionApp.id, monitoringMetricsPublisherRole)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisherRole)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource languageAccount 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (enableTextAnalytics) {
  name: languageAccountName
  location: location
  tags: tags
  kind: 'TextAnalytics'
  sku: {
    name: textAnalyticsSku
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    // A custom subdomain is what Entra ID tokens are accepted on; keys are off.
    customSubDomainName: languageAccountName
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource functionAppLanguageUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (enableTextAnalytics) {
  name: guid(resourceGroup().id, languageAccountName, functionAppName, cognitiveServicesUserRole)
  scope: languageAccount
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', cognitiveServicesUserRole)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorStorageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in operatorStorageRoles: if (!empty(operatorPrincipalId)) {
    name: guid(storage.id, operatorPrincipalId, roleId)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: operatorPrincipalId
      principalType: operatorPrincipalType
    }
  }
]

// The system topic has an identity of its own: it delivers BlobDeleted events to the queue with it (the account
// takes no shared keys).
resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// The webhook of the Event Grid blob trigger, authenticated by the host's blobs_extension system key. The key is
// read only when the subscription is deployed (it does not exist before the host's first start).
var blobsExtensionKey = deployEventSubscription
  ? listKeys('${functionApp.id}/host/default', functionApp.apiVersion).systemKeys.blobs_extension
  : ''
var blobTriggerWebhookUrl = 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${ingestFunctionName}&code=${blobsExtensionKey}'

resource blobCreatedSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = if (deployEventSubscription) {
  parent: systemTopic
  name: 'ingest-${ingestContainerName}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: blobTriggerWebhookUrl
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${ingestContainerName}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

resource systemTopicQueueSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, systemTopic.id, queueMessageSenderRole)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', queueMessageSenderRole)
    principalId: systemTopic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// BlobDeleted events of the ingest container go to the blob-deleted queue, delivered with the system topic's
// identity; the queue-triggered DeleteCaseReport deletes each blob's document. It needs no host key, so it is
// deployed from the first run. Messages do not expire, so deletes made while the app is stopped are still applied.
resource blobDeletedSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'delete-${ingestContainerName}'
  properties: {
    deliveryWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: storage.id
          queueName: blobDeletedQueue.name
          queueMessageTimeToLiveInSeconds: -1
        }
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobDeleted'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${ingestContainerName}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
  dependsOn: [
    systemTopicQueueSender
  ]
}

output functionAppName string = functionApp.name
output functionAppHostName string = functionApp.properties.defaultHostName
output functionAppPrincipalId string = functionApp.identity.principalId
output storageAccountName string = storage.name
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output tableEndpoint string = storage.properties.primaryEndpoints.table
output ingestContainerName string = ingestContainer.name
output deploymentContainerName string = deploymentContainer.name
output tableNames array = tableNames
output reprocessQueueName string = reprocessQueue.name
output blobDeletedQueueName string = blobDeletedQueue.name
output textAnalyticsEndpoint string = enableTextAnalytics ? languageAccount!.properties.endpoint : ''
output applicationInsightsName string = appInsights.name
output eventGridSystemTopicName string = systemTopic.name
output eventSubscriptionDeployed bool = deployEventSubscription
