using Ics2Port.Functions.Triggers.Envelopes;

namespace Ics2Port.Functions.Tests.Triggers.Envelopes;

/// <summary>The envelope JSON files beside this class, copied to the test output.</summary>
internal static class EnvelopeFixture
{
    public static string Text(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Triggers", "Envelopes", name));

    public static InvocationRequest Load(string name) => InvocationRequest.Parse(Text(name));
}
