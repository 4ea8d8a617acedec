using System.Text.Json.Nodes;
using static Ics2Port.Functions.Tests.Packaging.InfrastructureTemplate;

namespace Ics2Port.Functions.Tests.Packaging;

// ADR 0014: SFTP local users have no permission scope (a scope is checked before the ACLs and covers a whole
// container), each agency is a group of its own, and only the ACLs infra/sftp-acls.sh sets let it in: write in
// inbound/<agentId>, read in results/<agentId>, traverse the two container roots, nothing else.
public sealed class SftpTemplateTests
{
    private const string LocalUserType = "Microsoft.Storage/storageAccounts/localUsers";

    private static readonly string[] Agencies = ["AG-BALTSHIP", "AG-RIGAMAR", "AG-VENTA"];

    [Fact]
    public void LocalUsers_NoPermissionScopeAclAuthorizationAndTheAgencysOwnGroup()
    {
        var user = Assert.Single(Main.ModuleResources("storage", LocalUserType))["properties"]!;

        Assert.Empty(user["permissionScopes"]!.AsArray());
        Assert.True(user["allowAclAuthorization"]!.GetValue<bool>());
        Assert.Equal("[parameters('sftpAgents')[copyIndex()].groupId]", Text(user["groupId"]));
        Assert.Equal("[format('inbound/{0}', parameters('sftpAgents')[copyIndex()].agentId)]", Text(user["homeDirectory"]));
        Assert.Equal(1000, Main.Parameter("sftpAgents")["items"]!["properties"]!["groupId"]!["minValue"]!.GetValue<int>());
    }

    [Fact]
    public void AclPlan_ThreeAgencies_EachWritesOnlyInItsInboundFolderAndReadsOnlyItsOwnFolders()
    {
        var plan = Plan(Parameters(Agencies.Select((agent, index) => (agent, 2001 + index))));

        var outside = new List<string>();
        for (var index = 0; index < Agencies.Length; index++)
        {
            var (agent, group) = (Agencies[index], $"group:{2001 + index}:");
            foreach (var (container, path, acl) in plan)
            {
                var rights = acl.Split(',').Where(entry => entry.StartsWith(group, StringComparison.Ordinal)).Select(entry => entry[group.Length..]).ToList();
                var allowed = (container, path) switch
                {
                    ("inbound", var own) when own == agent => "rwx",
                    ("results", var own) when own == agent => "r-x",
                    (_, "/") => "--x",
                    _ => null,
                };
                if (rights.Any(right => right != allowed) || (allowed is not null && rights.Count == 0))
                {
                    outside.Add($"{agent}: {container}/{path} {string.Join(' ', rights)} (allowed: {allowed ?? "nothing"})");
                }
            }
        }

        Assert.Equal(2 + (2 * Agencies.Length), plan.Count);
        Assert.Empty(outside);
        Assert.All(plan, entry => Assert.Contains("other::---", entry.Acl, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AG-BALTSHIP", 2001, "AG-RIGAMAR", 2001, "share a group id")]
    [InlineData("AG-BALTSHIP", 999, "AG-RIGAMAR", 2002, "1000 or above")]
    [InlineData("AG-BALTSHIP;rm", 2001, "AG-RIGAMAR", 2002, "Refusing agency")]
    public void AclPlan_SharedOrLowGroupIdOrABadAgencyId_RefusedAndNothingPlanned(string first, int firstGroup, string second, int secondGroup, string why)
    {
        var run = RunScript(Parameters([(first, firstGroup), (second, secondGroup)]));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(why, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    private static string Parameters(IEnumerable<(string Agent, int Group)> agencies) =>
        new JsonObject
        {
            ["parameters"] = new JsonObject
            {
                ["sftpAgents"] = new JsonObject
                {
                    ["value"] = new JsonArray([.. agencies.Select(a => new JsonObject { ["agentId"] = a.Agent, ["publicKey"] = "ssh-ed25519 AAAA test", ["groupId"] = a.Group })]),
                },
            },
        }.ToJsonString();

    private static List<(string Container, string Path, string Acl)> Plan(string parameters)
    {
        var run = RunScript(parameters);
        Assert.True(run.ExitCode == 0, run.Error);
        return [.. run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')).Select(parts => (parts[0], parts[1], parts[2]))];
    }

    private static ToolRun RunScript(string parameters)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, parameters);
            var root = RepositoryRoot.Find();
            return ToolProcess.Run("bash", [Path.Combine(root, "infra", "sftp-acls.sh"), "--plan", "stics2test", file], root, TimeSpan.FromSeconds(30));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
