using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Xunit;

namespace Ics2Port.Testing;

/// <summary>
/// One Azurite for a whole test collection, with the Blob, Table and Queue service clients on it.
/// xunit only honours collection definitions declared in the test assembly itself, so each test
/// project that uses it declares:
/// <code>
/// [CollectionDefinition("azurite")]
/// public sealed class AzuriteCollection : ICollectionFixture&lt;AzuriteFixture&gt;;
/// </code>
/// and marks its test classes <c>[Collection("azurite")]</c>. Each test class should work in its own
/// containers and tables, named with <see cref="UniqueName"/>.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private int _sequence;
    private AzuriteServer? _server;
    private BlobServiceClient? _blobs;
    private TableServiceClient? _tables;
    private QueueServiceClient? _queues;

    /// <summary>The running server.</summary>
    public AzuriteServer Server => _server ?? throw NotStarted();

    /// <summary>The Blob service, with the server's account key.</summary>
    public BlobServiceClient Blobs => _blobs ?? throw NotStarted();

    /// <summary>The Table service, with the server's account key.</summary>
    public TableServiceClient Tables => _tables ?? throw NotStarted();

    /// <summary>The Queue service, with the server's account key; messages base64-encoded, as the Functions host writes them.</summary>
    public QueueServiceClient Queues => _queues ?? throw NotStarted();

    /// <summary>The server's connection string.</summary>
    public string ConnectionString => Server.ConnectionString;

    /// <summary>
    /// A fresh name valid as both a container and a table name: lower-case letters and digits,
    /// starting with a letter, at most 63 characters.
    /// </summary>
    /// <param name="prefix">A readable prefix, e.g. the test class name; other characters are dropped.</param>
    /// <returns>The name.</returns>
    public string UniqueName(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var letters = new string(prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()).TrimStart("0123456789".ToCharArray());
        var suffix = $"{Interlocked.Increment(ref _sequence)}x{Guid.NewGuid():N}"[..12];
        var head = letters.Length == 0 ? "t" : letters[..Math.Min(letters.Length, 63 - suffix.Length)];
        return head + suffix;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _server = await AzuriteServer.StartAsync().ConfigureAwait(false);
        _blobs = new BlobServiceClient(_server.ConnectionString);
        _tables = new TableServiceClient(_server.ConnectionString);
        _queues = new QueueServiceClient(_server.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static InvalidOperationException NotStarted() => new("The Azurite fixture has not been initialized.");
}
