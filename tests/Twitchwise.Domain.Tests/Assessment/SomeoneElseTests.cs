using Twitchwise.Domain.Assessment;
using Twitchwise.Domain.Intake;
using Twitchwise.Domain.Knowledge;

namespace Twitchwise.Domain.Tests.Assessment;

/// <summary>
/// Signs written about someone else beside the writer's own complaint are not the writer's answers, but the bystander is
/// told what they would mean. (A description all about someone else is theirs, and assessed as theirs.)
/// </summary>
public sealed class SomeoneElseTests
{
    private static SomeoneElseAlert? Alert(string text) => SomeoneElse.Alert(new AssessmentEngine(KnowledgeBase.Default), IntakeReader.Default.Read(text));

    [Theory]
    [InlineData("my forearms cramp and my dad has chest pain after shovelling snow", "symptom.chest_pain")]
    [InlineData("my friend collapsed at the finish line, my calves are cramping", "symptom.collapse_or_seizure")]
    public void Bystander_OfAnEmergency_IsAlerted(string text, string sign)
    {
        var alert = Alert(text);

        Assert.NotNull(alert);
        Assert.Equal(TriageLevel.Emergency, alert.Level);
        Assert.Contains(alert.Signs, f => f.Answer == sign);
    }

    [Theory]
    [InlineData("my mum had MS, my calf twitches after runs")]
    [InlineData("my calf cramped at the end of my run")]
    [InlineData("I have chest pain after my run")] // their own: the result itself is the emergency
    [InlineData("my dad has chest pain after shovelling snow")] // all his: assessed as his, the result itself is the emergency
    public void NothingUrgentAboutSomeoneElse_NoAlert(string text) => Assert.Null(Alert(text));
}
