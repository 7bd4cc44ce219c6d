namespace Twitchwise.Storage; internal static class Placeholder { }
