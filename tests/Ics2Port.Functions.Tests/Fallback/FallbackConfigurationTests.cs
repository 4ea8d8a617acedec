namespace Ics2Port.Functions.Tests.Fallback;

using Ics2Port.Functions.Tests.Hosting;
using Ics2Port.Testing;
using Microsoft.Extensions.Options;

/// <summary>Fallback settings that cannot work stop the app at start, naming the setting.</summary>
[Collection("azurite")]
public sealed class FallbackConfigurationTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Ics2Port:Signing:CertificateSecret", "bm90IGEgY2VydGlmaWNhdGU=", "Ics2Port:Signing:CertificateSecret")]
    [InlineData("Ics2Port:Fallback:ControlPointEmails:SEGOT", "customs@example.se", "Ics2Port:Fallback:ControlPointEmails")]
    [InlineData("Ics2Port:Fallback:ControlPointEmails:LVRIX", "not an address", "Ics2Port:Fallback:ControlPointEmails")]
    public async Task Start_UnusableFallbackSetting_FailsNamingTheSetting(string key, string value, string named)
    {
        var start = () => TestApp.StartAsync(azurite.ConnectionString, azurite.UniqueName("fbcfg"), new Dictionary<string, string?> { [key] = value });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(start);

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
