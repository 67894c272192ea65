import Foundation

public enum SampleLibrary {
    public static var url: URL? { Bundle.module.url(forResource: "data", withExtension: nil) }
}
