namespace Ics2Port.Functions.Tests.Access;

using System.Security.Cryptography;
using System.Text;
using Ics2Port.Functions.Access;
using Microsoft.Extensions.Configuration;

public class ApiKeyAuthenticatorTests
{
    [Fact]
    public void FromConfiguration_ListedAndKeyVaultJsonEntries_AuthenticatesBoth()
    {
        var configuration = Configuration(new()
        {
            ["Ics2Port:ApiKeys:0:sha256"] = Hash("listed-key"),
            ["Ics2Port:ApiKeys:0:principal"] = "agent:AG-LISTED",
            ["Ics2Port:ApiKeys:Hashes"] = $$"""[ { "sha256": "{{Hash("vault-key")}}", "principal": "authority" } ]""",
        });

        var authenticator = ApiKeyAuthenticator.FromConfiguration(configuration);

        Assert.Equal(2, authenticator.Count);
        Assert.Equal(Principal.Agent("AG-LISTED"), authenticator.Authenticate("listed-key"));
        Assert.Equal(Principal.Authority, authenticator.Authenticate("vault-key"));
        Assert.Null(authenticator.Authenticate("unknown-key"));
    }

    [Fact]
    public void FromConfiguration_MalformedKeyVaultJson_StopsTheStartWithoutEchoingTheSecret()
    {
        var configuration = Configuration(new() { ["Ics2Port:ApiKeys:Hashes"] = "[ { secret-looking-text" });

        var error = Assert.Throws<InvalidOperationException>(() => ApiKeyAuthenticator.FromConfiguration(configuration));

        Assert.Contains("Ics2Port:ApiKeys:Hashes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-looking-text", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
