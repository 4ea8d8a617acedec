using Ics2Port.Functions.Triggers;
using Ics2Port.Functions.Triggers.Standalone;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ics2Port.Functions.Tests.Triggers;

public sealed class TriggerHostServiceCollectionExtensionsTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void AddTriggerHost_StandaloneSetting_RegistersTheDriverOnlyWhenEnabled(string? enabled, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Ics2Port:StandaloneTriggers:Enabled"] = enabled })
            .Build();
        var services = new ServiceCollection();

        services.AddTriggerHost(configuration);

        Assert.Equal(expected, services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(StandaloneTriggerDriver)));
    }
}
