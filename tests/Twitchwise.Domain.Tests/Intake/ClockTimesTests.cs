using Twitchwise.Domain.Intake;

namespace Twitchwise.Domain.Tests.Intake;

/// <summary>
/// Clock times told instead of lengths (stop 60, dev-danger50's stories in other words): each clock time before the one
/// said to be now is read as that long ago; with no time said to be now, none is.
/// </summary>
public sealed class ClockTimesTests
{
    [Theory]
    [InlineData("my foot cramped at 2:10 and it's 2:35 and it still won't let go", "2:10", 25)]
    [InlineData("From 11 am his thigh is cramped, now it is 12.30 pm and still not releasing", "11 am", 90)]
    [InlineData("woke at 3am with a calf cramp and it's still there at 6", "3am", 180)]
    [InlineData("hamstring seized at 9.30. It is now 10.05 and it's still locked", "9.30", 35)]
    [InlineData("started twitching at 10 this morning and it's 4pm now", "10 this morning", 360)]
    [InlineData("woke at 11pm with a cramp, it's 1am now", "11pm", 120)]
    // "quarter past" takes the hour of the clock time before it; "twenty to 6" is 5:40.
    [InlineData("got in at 5. calf locked up at quarter past and it's twenty to 6 now", "quarter past", 25)]
    [InlineData("got in at 5. calf locked up at quarter past and it's twenty to 6 now", "5", 40)]
    // Stop 62 (dev-danger58): a bare "it's 7 now" after a clock time told before it; a time after now told as past.
    [InlineData("Cramp in my thigh started at 5 when I got back from my walk, it's 7 now and it keeps locking up", "5", 120)]
    [InlineData("It's 9pm now and practice ended at 6.", "6", 180)]
    public void ClockTimeBeforeNow_IsThatLongAgo(string text, string clock, double minutesAgo)
    {
        var start = text.IndexOf(clock, StringComparison.Ordinal);

        var read = ClockTimes.Read(text).Single(c => c.Start == start);

        Assert.Equal(start + clock.Length, read.End);
        Assert.Equal(minutesAgo * 60, read.SecondsBeforeNow);
    }

    [Theory]
    [InlineData("Cramp in my calf from 10:45pm until 11pm", "10:45pm", 15)]
    [InlineData("Twitching in my quad from 9.30pm till just after 11, non-stop", "9.30pm", 90)]
    [InlineData("from about 11pm till half past midnight", "11pm", 90)]
    [InlineData("calf cramp from 11pm till quarter to midnight", "11pm", 45)]
    [InlineData("at half eleven my calves start and it goes on till I fall asleep around half twelve", "half eleven", 60)]
    [InlineData("woke me at 03:10. Checked my phone and it was 03:22 before I could stand", "03:10", 12)]
    public void TwoClockTimes_TheLaterAnEnd_AreALength(string text, string clock, double minutes)
    {
        var start = text.IndexOf(clock, StringComparison.Ordinal);

        var span = ClockTimes.Spans(text).Single();

        Assert.Equal((start, start + clock.Length), (span.Start, span.End));
        Assert.Equal(minutes * 60, span.Seconds);
    }

    [Theory]
    // A session's end is no start of what came after it; "half one" with no word of time is no clock.
    [InlineData("practice ended at 6 and my calf cramped till 6:20")]
    [InlineData("I did half one session and half the other till 7")]
    [InlineData("my run was at 6pm and my calf cramped at 6:40")]
    public void WithoutAStartAndAnEnd_NoLengthIsRead(string text)
    {
        Assert.Empty(ClockTimes.Spans(text));
    }

    [Theory]
    // No time said to be now: a clock time alone says when, not how long ago.
    [InlineData("my run was at 6pm and my calf cramped at 6:40")]
    // Scores, distances and paces are no clock times, even beside "now".
    [InlineData("pain was 8, now it's 3")]
    [InlineData("ran 5 to 6 miles at 9.30 pace, calf tight, now resting")]
    [InlineData("temp was 38.5 and now it's 37.9")]
    // A bare "it's 3 now" with no clock time before it, or after a pain word, is a score.
    [InlineData("calf cramped on my run, pain was 8, it's 3 now")]
    [InlineData("cramp at 5 km, pain was 8, it's 3 now")]
    public void WithoutAClockSaidToBeNow_NothingIsRead(string text)
    {
        Assert.Empty(ClockTimes.Read(text));
    }
}
