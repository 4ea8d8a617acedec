using System.Security.Cryptography;
using Ics2Port.Storage.Documents;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests.Documents;

[Collection("azurite")]
public sealed class DocumentStoreTests(AzuriteFixture azurite) : StoreTests<DocumentStore>(azurite, "documents", layout => new DocumentStore(layout))
{
    [Fact]
    public async Task CommitAsync_FirstSubmission_CreatesVersionOneWithItsBody()
    {
        var submission = Submission("pc-first", "crew,1");

        var commit = await Store.CommitAsync(submission);

        Assert.Equal(
            (DocumentCommitKind.Created, 1, "crew,1", "text/csv", ReceivedAt, 3),
            (commit.Kind, commit.Version!.Version, (await Store.ReadContentAsync(commit.Version)).ToString(), commit.Version.ContentType, commit.Version.ReceivedAt, commit.Version.ItemCount));
    }

    [Fact]
    public async Task CommitAsync_SameSubmissionAgain_CreatedOnceAsTheRetryOfALostAnswer()
    {
        var submission = Submission("pc-retry", "crew,1");
        var first = await Store.CommitAsync(submission);

        var again = await Store.CommitAsync(submission);

        Assert.Equal(
            (DocumentCommitKind.Created, first.Version, 1),
            (again.Kind, again.Version, await Store.ListVersionsAsync("pc-retry", "arrival", "fal5").CountAsync()));
    }

    [Fact]
    public async Task CommitAsync_SameBodyReceivedLater_ExistingVersionAndNoNewOne()
    {
        var first = await Store.CommitAsync(Submission("pc-same", "crew,1"));

        var later = await Store.CommitAsync(Submission("pc-same", "crew,1") with { ReceivedAt = ReceivedAt.AddMinutes(1) });

        Assert.Equal(
            (DocumentCommitKind.Existing, first.Version, 1),
            (later.Kind, later.Version, await Store.ListVersionsAsync("pc-same", "arrival", "fal5").CountAsync()));
    }

    [Fact]
    public async Task CommitAsync_PreconditionRejectsTheCurrentVersion_NothingCommitted()
    {
        var first = await Store.CommitAsync(Submission("pc-precondition", "crew,1"));

        var refused = await Store.CommitAsync(Submission("pc-precondition", "crew,2"), current => current?.Version == 7);

        Assert.Equal(
            (DocumentCommitKind.PreconditionFailed, first.Version, first.Version),
            (refused.Kind, refused.Version, await Store.GetLatestAsync("pc-precondition", "arrival", "fal5")));
    }

    [Fact]
    public async Task CommitAsync_ConcurrentBodies_ConsecutiveVersionsWithoutGaps()
    {
        var bodies = Enumerable.Range(1, 5).Select(i => $"crew,{i}").ToList();

        var commits = await Task.WhenAll(bodies.Select(body => Store.CommitAsync(Submission("pc-race", body))));

        Assert.All(commits, commit => Assert.Equal(DocumentCommitKind.Created, commit.Kind));
        Assert.Equal([1, 2, 3, 4, 5], commits.Select(c => c.Version!.Version).Order());
        Assert.Equal(bodies.Select(Sha256).Order(StringComparer.Ordinal), commits.Select(c => c.Version!.Sha256).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListVersionsAsync_MoreThanOnePage_NewestFirst()
    {
        for (var i = 1; i <= (PageSize * 2) + 1; i++)
        {
            await Store.CommitAsync(Submission("pc-pages", $"crew,{i}"));
        }

        var versions = await Store.ListVersionsAsync("pc-pages", "arrival", "fal5").ToListAsync();

        Assert.Equal([5, 4, 3, 2, 1], versions.Select(v => v.Version));
    }

    [Fact]
    public async Task GetLatestVersionsAsync_SeveralDocumentsOverSeveralPages_TheLatestOfEach()
    {
        foreach (var (type, count) in new[] { ("fal5", 3), ("fal6", 2), ("fal1", 1) })
        {
            for (var i = 1; i <= count; i++)
            {
                await Store.CommitAsync(Submission("pc-latest", $"{type},{i}") with { Type = type });
            }
        }

        var latest = await Store.GetLatestVersionsAsync("pc-latest");

        Assert.Equal([("fal1", 1), ("fal5", 3), ("fal6", 2)], latest.Select(v => (v.Type, v.Version)).Order());
    }

    [Fact]
    public async Task GetLatestVersionsAsync_PortCallIdWithAQuote_OnlyThatPortCall()
    {
        await Store.CommitAsync(Submission("pc-o'quote", "crew,1"));
        await Store.CommitAsync(Submission("pc-o", "crew,1"));

        var latest = await Store.GetLatestVersionsAsync("pc-o'quote");

        Assert.Equal(["pc-o'quote"], latest.Select(v => v.PortCallId));
    }

    [Fact]
    public async Task GetVersionAsync_CommittedVersion_TheSameVersion()
    {
        var commit = await Store.CommitAsync(Submission("pc-get", "crew,1"));

        var version = await Store.GetVersionAsync("pc-get", "arrival", "fal5", 1);

        Assert.Equal(commit.Version, version);
    }

    [Theory]
    [InlineData("pc-none", 1)]
    [InlineData("pc-get-missing", 2)]
    [InlineData("pc-get-missing", 0)]
    [InlineData("pc#hash", 1)]
    public async Task GetVersionAsync_UnknownVersion_Null(string portCallId, int version)
    {
        await Store.CommitAsync(Submission("pc-get-missing", "crew,1"));

        var found = await Store.GetVersionAsync(portCallId, "arrival", "fal5", version);

        Assert.Null(found);
    }

    [Fact]
    public async Task GetLatestAsync_NothingCommitted_Null()
    {
        var latest = await Store.GetLatestAsync("pc-empty", "arrival", "fal5");

        Assert.Null(latest);
    }

    private static DocumentSubmission Submission(string portCallId, string body) => new()
    {
        AgentId = "AG-A",
        PortCallId = portCallId,
        Direction = "arrival",
        Type = "fal5",
        Content = BinaryData.FromString(body),
        ContentType = "text/csv",
        Extension = "csv",
        Sha256 = Sha256(body),
        ReceivedAt = ReceivedAt,
        ItemCount = 3,
    };

    private static string Sha256(string body) => Convert.ToHexStringLower(SHA256.HashData(BinaryData.FromString(body)));
}
