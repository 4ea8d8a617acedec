namespace Ics2Port.Domain.Tests.Manifests;

using FluentValidation.Results;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Manifests;
using Ics2Port.Domain.Tests.Builders;

/// <summary>
/// The item screen clears an item without running the rules; wherever it answers, the rules must say the same,
/// so every field is tried with values that pass, fail and warn, on containerised and loose consignments.
/// </summary>
public sealed class ManifestItemScreenTests
{
    private static readonly string?[] Texts = [null, "", "   ", "Sawn timber", "line\nbreak", "tab\tin", "sep\u2028", new string('x', 35), new string('x', 36), new string('x', 512), new string('x', 513)];
    private static readonly string?[] HsCodes = [null, "", " ", "4407", "440710", "44071091", "4407.10", "4407 10 91", "7708", "9801", "0003", "123", "44071", "4407109", "440710911", "44a7", "{PropertyName}"];
    private static readonly string?[] Containers = [null, "", " ", "CSQU3054383", "CSQU 305438 3", "CSQU3054384", "csqu3054383", "CSQX3054383", "CSQU305438"];
    private static readonly string?[] Statuses = [null, "", " ", "C", "F", "N", "c", "X", "CN"];
    private static readonly int?[] Counts = [null, -1, 0, 1, 60];
    private static readonly decimal?[] Masses = [null, -1m, 0m, 0.001m, 21_000m];

    public static TheoryData<bool> Kinds => [true, false];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void TryScreen_EveryFieldVaried_AnswersExactlyWhenTheRulesFindNothingButHsPartial(bool containerised)
    {
        var validator = containerised ? ManifestItemValidator.InContainers : ManifestItemValidator.Loose;
        var answered = 0;
        foreach (var item in Variants())
        {
            var ruled = validator.Validate(item).Errors;
            var screened = validator.TryScreen(item, out var finding);

            // The screen never clears what the rules refuse, and clears every item they would only warn about.
            Assert.True(screened == ruled.TrueForAll(failure => failure.ErrorCode == RuleIds.HsPartial), $"Screen {screened} for {item}.");
            if (screened)
            {
                answered++;
                Assert.Equal(Describe(ruled), finding is null ? [] : Describe([finding]));
            }
        }

        Assert.True(answered >= 20, $"The screen answered for only {answered} items.");
    }

    [Fact]
    public void TryScreen_CompleteItem_ClearsItWithoutFinding()
    {
        Assert.True(ManifestItemValidator.InContainers.TryScreen(new ManifestItemBuilder().Build(), out var finding));
        Assert.Null(finding);
    }

    [Fact]
    public void Rules_AreTheOnesTheScreenKnows()
    {
        // The screen repeats each rule of ManifestItemValidator; a rule added there must be added to TryScreen too.
        string[] known = ["Description: 2", "MarksAndNumbers: 1", "HsCode: 3", "Packages: 1", "Packages.Count: 2", "Packages.Kind: 2", "GrossMassKg: 2", "ContainerNumber: 1", "GoodsStatus: 1"];
        foreach (var (validator, container) in new[] { (ManifestItemValidator.InContainers, 2), (ManifestItemValidator.Loose, 1) })
        {
            var rules = validator.CreateDescriptor().GetMembersWithValidators().Select(member => $"{member.Key}: {member.Count()}");
            Assert.Equal(known.Select(rule => rule.StartsWith("ContainerNumber", StringComparison.Ordinal) ? $"ContainerNumber: {container}" : rule), rules);
        }
    }

    private static IEnumerable<ManifestItem> Variants()
    {
        var complete = new ManifestItemBuilder().Build();
        yield return complete;
        foreach (var text in Texts)
        {
            yield return complete with { Description = text };
            yield return complete with { MarksAndNumbers = text };
            yield return complete with { Packages = new PackageCount { Count = 3, Kind = text } };
        }

        foreach (var hsCode in HsCodes)
        {
            yield return complete with { HsCode = hsCode };
            yield return complete with { HsCode = hsCode, GoodsStatus = "X" };
        }

        foreach (var container in Containers)
        {
            yield return complete with { ContainerNumber = container };
            yield return complete with { ContainerNumber = container, HsCode = "0303" };
        }

        foreach (var status in Statuses)
        {
            yield return complete with { GoodsStatus = status };
        }

        foreach (var count in Counts)
        {
            yield return complete with { Packages = new PackageCount { Count = count, Kind = "bundle" } };
        }

        yield return complete with { Packages = null };
        foreach (var mass in Masses)
        {
            yield return complete with { GrossMassKg = mass };
            yield return complete with { GrossMassKg = mass, HsCode = "4407" };
        }
    }

    private static List<(string, string, string, FluentValidation.Severity)> Describe(IEnumerable<ValidationFailure> failures) =>
        [.. failures.Select(failure => (failure.PropertyName, failure.ErrorCode, failure.ErrorMessage, failure.Severity))];
}
