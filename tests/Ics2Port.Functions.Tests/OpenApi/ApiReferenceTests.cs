using Ics2Port.Functions.Tests.Packaging;

namespace Ics2Port.Functions.Tests.OpenApi;

/// <summary>
/// docs/api.md is the OpenAPI document rendered for people (<see cref="ApiReference"/>). With
/// <c>ICS2PORT_WRITE_API_DOCS=1</c> the test writes it; otherwise it fails when the file no longer says what the
/// document says.
/// </summary>
public sealed class ApiReferenceTests
{
    [Fact]
    public void ApiReference_RenderedFromTheServedDocument_IsTheCheckedInFile()
    {
        var file = Path.Combine(RepositoryRoot.Find(), "docs", "api.md");

        var rendered = ApiReference.Render(OpenApiConformance.Served);

        if (Environment.GetEnvironmentVariable("ICS2PORT_WRITE_API_DOCS") == "1")
        {
            File.WriteAllText(file, rendered);
            return;
        }

        Assert.True(File.Exists(file) && File.ReadAllText(file) == rendered, "docs/api.md is not the OpenAPI document as it is now; run the OpenApi tests with ICS2PORT_WRITE_API_DOCS=1.");
    }
}
