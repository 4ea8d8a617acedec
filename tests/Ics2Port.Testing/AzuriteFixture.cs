using Ics2Port.Storage;
using Xunit;

namespace Ics2Port.Testing;

/// <summary>
/// One Azurite for a whole test collection, with a Shared Key <see cref="StorageAccount"/> on it.
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
    private StorageAccount? _account;

    /// <summary>The running server.</summary>
    public AzuriteServer Server => _server ?? throw NotStarted();

    /// <summary>A Shared Key account on the server.</summary>
    public StorageAccount Account => _account ?? throw NotStarted();

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
        _account = StorageAccount.FromConnectionString(_server.ConnectionString);
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
