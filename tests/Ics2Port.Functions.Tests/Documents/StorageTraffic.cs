using System.Collections.Concurrent;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace Ics2Port.Functions.Tests.Documents;

/// <summary>
/// Sits in the transport of one app's SDK storage clients (blob and table) and records every request that reaches the
/// wire, each retry too; <see cref="FailBatches"/> makes every
/// transaction reach storage and then lose its answer, as a connection cut after the request was sent does.
/// </summary>
internal sealed class StorageTraffic : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<string> _requests = new();

    public bool FailBatches { get; set; }

    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Adds the policy to the app's storage clients.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.ConfigureAll<TableClientOptions>(options => options.AddPolicy(this, HttpPipelinePosition.PerRetry));
        services.ConfigureAll<BlobClientOptions>(options => options.AddPolicy(this, HttpPipelinePosition.PerRetry));
    }

    /// <summary>Forgets what was recorded, then runs <paramref name="action"/> and answers the requests it made.</summary>
    public async Task<(T Result, IReadOnlyList<string> Requests)> CountAsync<T>(Func<Task<T>> action)
    {
        _requests.Clear();
        var result = await action();
        return (result, Requests);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The app's storage clients are asynchronous.");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var path = message.Request.Uri.Path;
        _requests.Enqueue($"{message.Request.Method} {path}");

        await ProcessNextAsync(message, pipeline);
        if (FailBatches && path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            // As the transport reports a connection reset: status 0.
            throw new RequestFailedException("The connection was reset after the transaction was sent (test fault).", new IOException("reset"));
        }
    }
}
