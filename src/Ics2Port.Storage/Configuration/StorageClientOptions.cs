using Azure.Core;

namespace Ics2Port.Storage;

/// <summary>
/// Options for the storage pipelines: retries, diagnostics and transport, as inherited from
/// <see cref="ClientOptions"/>.
/// </summary>
public sealed class StorageClientOptions : ClientOptions
{
}
