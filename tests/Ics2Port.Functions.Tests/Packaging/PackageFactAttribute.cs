namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>A fact that runs only with ICS2PORT_PACKAGE_TEST=1: it publishes the app, which takes a minute.</summary>
internal sealed class PackageFactAttribute : FactAttribute
{
    public const string Switch = "ICS2PORT_PACKAGE_TEST";

    public PackageFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Switch) != "1")
        {
            Skip = $"Set {Switch}=1 to build the deployment package with scripts/package.sh and inspect it.";
        }
    }
}
